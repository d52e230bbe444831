namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>A document read back, its SHA-256 already checked against the one recorded at upload.</summary>
public sealed record DocumentContent(
    DocumentPath Path,
    ReadOnlyMemory<byte> Content,
    string ContentType,
    IReadOnlyDictionary<string, string> Metadata,
    string Sha256);
