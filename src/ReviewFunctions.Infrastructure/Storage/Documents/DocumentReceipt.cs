namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>What a put stored: the SHA-256 (lower-case hex) recorded with the blob, and whether it was already there.</summary>
public sealed record DocumentReceipt(DocumentPath Path, string Sha256, long Length, bool AlreadyStored);
