namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Review documents (referrals, letters, quarantined input, evidence) with recorded SHA-256 hashes.</summary>
public interface IReviewDocumentStore
{
    /// <summary>
    /// Stores the document and records its SHA-256. Evidence is write-once: the same bytes again succeed with
    /// <see cref="DocumentReceipt.AlreadyStored"/> set; different bytes throw <see cref="EvidenceAlreadyExistsException"/>.
    /// Other categories are replaced. Metadata keys are identifiers and values printable ASCII.
    /// </summary>
    Task<DocumentReceipt> PutAsync(DocumentPath path, ReadOnlyMemory<byte> content, string contentType, IReadOnlyDictionary<string, string> metadata, CancellationToken ct);

    /// <summary>The document with its hash verified, or null if there is none.</summary>
    /// <exception cref="DocumentIntegrityException">The content does not match the recorded hash.</exception>
    Task<DocumentContent?> GetAsync(DocumentPath path, CancellationToken ct);

    /// <summary>One review's documents (optionally one category), up to <paramref name="pageSize"/> (1-5000) a page.</summary>
    Task<DocumentPage> ListAsync(string reference, DocumentCategory? category, int pageSize, string? continuation, CancellationToken ct);
}
