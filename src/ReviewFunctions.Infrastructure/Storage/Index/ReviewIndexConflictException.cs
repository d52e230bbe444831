namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>The index entry changed (or appeared) since the caller read it; nothing was written.</summary>
public sealed class ReviewIndexConflictException : Exception
{
    public ReviewIndexConflictException()
    {
    }

    public ReviewIndexConflictException(string message)
        : base(message)
    {
    }

    public ReviewIndexConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReviewIndexConflictException(string reference, Exception innerException, bool existed)
        : base(existed
            ? $"Review {reference}: the index entry already exists; read it and update with its ETag."
            : $"Review {reference}: the index entry changed since it was read; read it again and retry.", innerException)
    {
        Reference = reference;
    }

    public string? Reference { get; }
}
