namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// The review's stream is not at the version the caller expected, usually because another writer appended first.
/// Nothing was written; re-read the stream, decide again, and retry.
/// </summary>
public sealed class EventStreamConflictException : Exception
{
    public EventStreamConflictException()
    {
    }

    public EventStreamConflictException(string message)
        : base(message)
    {
    }

    public EventStreamConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EventStreamConflictException(string reference, long expectedVersion, string reason)
        : base($"Review {reference}: cannot append after version {expectedVersion}: {reason} Re-read the stream and retry.")
    {
        Reference = reference;
        ExpectedVersion = expectedVersion;
    }

    public string? Reference { get; }

    public long ExpectedVersion { get; }
}
