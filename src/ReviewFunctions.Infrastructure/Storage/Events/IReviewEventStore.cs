namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Each review's events, in order, appended with optimistic concurrency.</summary>
public interface IReviewEventStore
{
    /// <summary>
    /// Appends up to <see cref="MaxEventsPerAppend"/> events atomically after <paramref name="expectedVersion"/> (the
    /// sequence of the last event the caller saw; 0 for a new review) and returns the new version. In the same
    /// transaction the review's snapshot becomes <paramref name="snapshot"/>, the state after these events, so the next
    /// reader needs nothing else; without one (or when it is too large to keep) the snapshot is marked as behind.
    /// </summary>
    /// <exception cref="EventStreamConflictException">The stream is not at <paramref name="expectedVersion"/>; nothing was written.</exception>
    Task<long> AppendAsync(string reference, long expectedVersion, IReadOnlyList<NewEvent> events, DateTimeOffset recordedAt, CancellationToken ct, string? snapshot = null);

    /// <summary>An entity-group transaction holds 100 rows: the events and the snapshot row.</summary>
    public const int MaxEventsPerAppend = 99;

    /// <summary>Reads up to <paramref name="pageSize"/> (1-1000) events after <paramref name="afterSequence"/>, in order.</summary>
    Task<EventPage> ReadAsync(string reference, long afterSequence, int pageSize, string? continuation, CancellationToken ct);

    /// <summary>Reads the whole stream in order.</summary>
    IAsyncEnumerable<StoredEvent> ReadAllAsync(string reference, CancellationToken ct);

    /// <summary>Reads every event after <paramref name="afterSequence"/> in order: the stream's tail past a snapshot.</summary>
    IAsyncEnumerable<StoredEvent> ReadAfterAsync(string reference, long afterSequence, CancellationToken ct);
}
