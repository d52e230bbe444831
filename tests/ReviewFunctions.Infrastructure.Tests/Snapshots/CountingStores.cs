using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Snapshots;

/// <summary>The rows a review's loads read, counted as the stores hand them back: event rows and snapshot rows.</summary>
internal sealed class RowCount
{
    private int _events;
    private int _snapshots;

    public int Events => _events;

    public int Snapshots => _snapshots;

    public int Rows => _events + _snapshots;

    public void Reset()
    {
        _events = 0;
        _snapshots = 0;
    }

    public void Event() => Interlocked.Increment(ref _events);

    public void Snapshot() => Interlocked.Increment(ref _snapshots);
}

/// <summary>An event store that counts every event row it hands back.</summary>
internal sealed class CountingEvents(IReviewEventStore inner, RowCount count) : IReviewEventStore
{
    public Task<long> AppendAsync(string reference, long expectedVersion, IReadOnlyList<NewEvent> events, DateTimeOffset recordedAt, CancellationToken ct, string? snapshot = null) =>
        inner.AppendAsync(reference, expectedVersion, events, recordedAt, ct, snapshot);

    public async Task<EventPage> ReadAsync(string reference, long afterSequence, int pageSize, string? continuation, CancellationToken ct)
    {
        var page = await inner.ReadAsync(reference, afterSequence, pageSize, continuation, ct);
        foreach (var _ in page.Events)
        {
            count.Event();
        }

        return page;
    }

    public IAsyncEnumerable<StoredEvent> ReadAllAsync(string reference, CancellationToken ct) => Counted(inner.ReadAllAsync(reference, ct));

    public IAsyncEnumerable<StoredEvent> ReadAfterAsync(string reference, long afterSequence, CancellationToken ct) =>
        Counted(inner.ReadAfterAsync(reference, afterSequence, ct));

    private async IAsyncEnumerable<StoredEvent> Counted(IAsyncEnumerable<StoredEvent> events)
    {
        await foreach (var e in events)
        {
            count.Event();
            yield return e;
        }
    }
}

/// <summary>A snapshot store that counts every snapshot row it finds.</summary>
internal sealed class CountingSnapshots(IReviewSnapshotStore inner, RowCount count) : IReviewSnapshotStore
{
    public async Task<StoredSnapshot?> ReadAsync(string reference, CancellationToken ct)
    {
        var snapshot = await inner.ReadAsync(reference, ct);
        if (snapshot is not null)
        {
            count.Snapshot();
        }

        return snapshot;
    }

    public Task<SnapshotWrite> WriteAsync(string reference, long sequence, string data, StoredSnapshot? replacing, CancellationToken ct) =>
        inner.WriteAsync(reference, sequence, data, replacing, ct);
}
