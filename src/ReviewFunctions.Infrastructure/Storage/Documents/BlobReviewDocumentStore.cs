using System.Text.RegularExpressions;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Review documents as block blobs in the <c>review-documents</c> container, named by <see cref="DocumentPath"/>.</summary>
internal sealed partial class BlobReviewDocumentStore(CreatedOnFirstUse<BlobContainerClient> documents) : IReviewDocumentStore
{
    public const int MaxPageSize = 5000;

    public async Task<DocumentReceipt> PutAsync(DocumentPath path, ReadOnlyMemory<byte> content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (contentType is null || !ContentTypePattern().IsMatch(contentType))
        {
            throw new ArgumentException("The content type must look like type/subtype (printable ASCII, up to 255 characters).", nameof(contentType));
        }

        var stored = BlobMetadata.Validate(metadata, nameof(metadata));
        var sha256 = DocumentHashes.Sha256Hex(content.Span);
        stored[BlobMetadata.Sha256Key] = sha256;
        var evidence = path.Category == DocumentCategory.Evidence;
        var blob = (await documents.GetAsync(ct).ConfigureAwait(false)).GetBlobClient(path.ToString());

        // The client sends Content-MD5 (StorageClients), so the service refuses a body damaged on the way.
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = stored,
            Conditions = evidence ? new BlobRequestConditions { IfNoneMatch = ETag.All } : null,
        };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), upload, ct).ConfigureAwait(false);
            return new DocumentReceipt(path, sha256, content.Length, AlreadyStored: false);
        }
        catch (RequestFailedException e) when (evidence && e.Status is 409 or 412)
        {
            // Evidence is never overwritten. The hash recorded with what is there tells an idempotent repeat (say, a
            // retried activity) from an attempt to replace evidence.
            var existing = await blob.GetPropertiesAsync(cancellationToken: ct).ConfigureAwait(false);
            return existing.Value.Metadata.TryGetValue(BlobMetadata.Sha256Key, out var existingHash)
                && string.Equals(existingHash, sha256, StringComparison.OrdinalIgnoreCase)
                ? new DocumentReceipt(path, sha256, content.Length, AlreadyStored: true)
                : throw new EvidenceAlreadyExistsException(path);
        }
    }

    public async Task<DocumentContent?> GetAsync(DocumentPath path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        var blob = (await documents.GetAsync(ct).ConfigureAwait(false)).GetBlobClient(path.ToString());
        BlobDownloadResult download;
        try
        {
            download = (await blob.DownloadContentAsync(ct).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }

        var recordedMetadata = new Dictionary<string, string>(download.Details.Metadata, StringComparer.OrdinalIgnoreCase);
        if (!recordedMetadata.Remove(BlobMetadata.Sha256Key, out var recorded))
        {
            throw new DocumentIntegrityException(path, "no SHA-256 was recorded when it was stored.");
        }

        var content = download.Content.ToMemory();
        var actual = DocumentHashes.Sha256Hex(content.Span);
        if (!string.Equals(recorded, actual, StringComparison.OrdinalIgnoreCase))
        {
            throw new DocumentIntegrityException(path, "its content does not match the SHA-256 recorded when it was stored.");
        }

        return new DocumentContent(path, content, download.Details.ContentType ?? string.Empty, recordedMetadata, actual);
    }

    public async Task<DocumentPage> ListAsync(string reference, DocumentCategory? category, int pageSize, string? continuation, CancellationToken ct)
    {
        DocumentPath.ValidateReference(reference, nameof(reference));
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);

        var container = await documents.GetAsync(ct).ConfigureAwait(false);
        var listing = container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = DocumentPath.Prefix(reference, category) }, ct);
        await foreach (var page in listing.AsPages(continuation, pageSize).ConfigureAwait(false))
        {
            var items = new List<DocumentListing>(page.Values.Count);
            foreach (var blob in page.Values)
            {
                // Anything not laid out as reference/category/name was not written by this store; it is not ours to list.
                if (DocumentPath.TryParse(blob.Name, out var path))
                {
                    blob.Metadata.TryGetValue(BlobMetadata.Sha256Key, out var sha256);
                    items.Add(new DocumentListing(path, blob.Properties.ContentLength ?? 0, blob.Properties.ContentType ?? string.Empty, sha256, blob.Properties.LastModified ?? DateTimeOffset.MinValue));
                }
            }

            return new DocumentPage(items, string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
        }

        return new DocumentPage([], null);
    }

    [GeneratedRegex(@"^[\x21-\x7E]+/[\x21-\x7E]+(?:;[\x20-\x7E]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypePattern();
}
