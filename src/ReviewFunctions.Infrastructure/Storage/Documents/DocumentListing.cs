namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>A document's listing entry, without its content.</summary>
public sealed record DocumentListing(DocumentPath Path, long Length, string ContentType, string? Sha256, DateTimeOffset LastModified);
