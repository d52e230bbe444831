namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>A stored document's content no longer matches the SHA-256 recorded when it was uploaded (or none was recorded).</summary>
public sealed class DocumentIntegrityException : Exception
{
    public DocumentIntegrityException()
    {
    }

    public DocumentIntegrityException(string message)
        : base(message)
    {
    }

    public DocumentIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DocumentIntegrityException(DocumentPath path, string problem)
        : base($"Document {path} failed its integrity check: {problem}")
    {
        Path = path;
    }

    public DocumentPath? Path { get; }
}
