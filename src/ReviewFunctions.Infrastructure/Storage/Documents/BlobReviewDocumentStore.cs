using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Review documents as block blobs in the <c>review-documents</c> container, named by <see cref="DocumentPath"/>.</summary>
internal sealed partial class BlobReviewDocumentStore(BlobClient blobs) : IReviewDocumentStore
{
    public const int MaxPageSize = 5000;

    public async Task<DocumentReceipt> PutAsync(DocumentPath path, ReadOnlyMemory<byte> content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (contentType is null || !ContentTypePattern().IsMatch(contentType))
        {
            throw new ArgumentException("The content type must look like type/subtype (printable ASCII, up to 255 characters).", nameof(contentType));
        }

        var headers = BlobMetadata.Validate(metadata, nameof(metadata));
        var sha256 = DocumentHashes.Sha256Hex(content.Span);
        headers[BlobMetadata.Sha256Key] = sha256;
        var md5 = DocumentHashes.Md5(content.Span);
        var name = path.ToString();
        var evidence = path.Category == DocumentCategory.Evidence;

        await blobs.EnsureContainerAsync(ct).ConfigureAwait(false);

        // Evidence is uploaded create-only. If something is already there, the recorded hash tells an idempotent
        // repeat (say, a retried activity) from an attempt to replace evidence.
        if (await blobs.PutAsync(name, content, contentType, md5, headers, createOnly: evidence, ct).ConfigureAwait(false))
        {
            return new DocumentReceipt(path, sha256, content.Length, AlreadyStored: false);
        }

        var existing = await blobs.GetMetadataAsync(name, ct).ConfigureAwait(false);
        if (existing is not null && existing.TryGetValue(BlobMetadata.Sha256Key, out var existingHash)
            && string.Equals(existingHash, sha256, StringComparison.OrdinalIgnoreCase))
        {
            return new DocumentReceipt(path, sha256, content.Length, AlreadyStored: true);
        }

        throw new EvidenceAlreadyExistsException(path);
    }

    public async Task<DocumentContent?> GetAsync(DocumentPath path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        var blob = await blobs.GetAsync(path.ToString(), ct).ConfigureAwait(false);
        if (blob is null)
        {
            return null;
        }

        if (!blob.Metadata.TryGetValue(BlobMetadata.Sha256Key, out var recorded))
        {
            throw new DocumentIntegrityException(path, "no SHA-256 was recorded when it was stored.");
        }

        var actual = DocumentHashes.Sha256Hex(blob.Content.Span);
        if (!string.Equals(recorded, actual, StringComparison.OrdinalIgnoreCase))
        {
            throw new DocumentIntegrityException(path, "its content does not match the SHA-256 recorded when it was stored.");
        }

        var metadata = blob.Metadata
            .Where(m => !string.Equals(m.Key, BlobMetadata.Sha256Key, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.OrdinalIgnoreCase);
        return new DocumentContent(path, blob.Content, blob.ContentType, metadata, actual);
    }

    public async Task<DocumentPage> ListAsync(string reference, DocumentCategory? category, int pageSize, string? continuation, CancellationToken ct)
    {
        DocumentPath.ValidateReference(reference, nameof(reference));
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);

        var page = await blobs.ListAsync(DocumentPath.Prefix(reference, category), pageSize, continuation, ct).ConfigureAwait(false);
        var items = new List<DocumentListing>(page.Items.Count);
        foreach (var blob in page.Items)
        {
            // Anything not laid out as reference/category/name was not written by this store; it is not ours to list.
            if (DocumentPath.TryParse(blob.Name, out var path))
            {
                blob.Metadata.TryGetValue(BlobMetadata.Sha256Key, out var sha256);
                items.Add(new DocumentListing(path, blob.Length, blob.ContentType, sha256, blob.LastModified));
            }
        }

        return new DocumentPage(items, page.NextMarker);
    }

    [GeneratedRegex(@"^[\x21-\x7E]+/[\x21-\x7E]+(?:;[\x20-\x7E]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypePattern();
}
