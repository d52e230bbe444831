namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Different content already sits at this evidence path; evidence is never overwritten.</summary>
public sealed class EvidenceAlreadyExistsException : Exception
{
    public EvidenceAlreadyExistsException()
    {
    }

    public EvidenceAlreadyExistsException(string message)
        : base(message)
    {
    }

    public EvidenceAlreadyExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EvidenceAlreadyExistsException(DocumentPath path)
        : base($"Evidence {path} already exists with different content; evidence is immutable, so store the new version under a new name.")
    {
        Path = path;
    }

    public DocumentPath? Path { get; }
}
