using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Event streams in the <c>ReviewEvents</c> table: partition = review reference, one row per event, RowKey = sequence
/// (the partition's snapshot row, <see cref="TableReviewSnapshotStore"/>, is never read as an event).
/// An append is one entity-group transaction of inserts, so a competing writer's insert of the same sequence
/// conflicts and the whole transaction rolls back: no event is lost or duplicated. The same transaction writes the
/// snapshot row (<see cref="SnapshotRows"/>), so it can never say it is the head when it is not.
/// </summary>
internal sealed class TableReviewEventStore(CreatedOnFirstUse<TableClient> eventsTable) : IReviewEventStore
{
    public const int MaxPageSize = 1000;

    private static readonly string[] AppendIdOnly = ["AppendId"];

    public async Task<long> AppendAsync(string reference, long expectedVersion, IReadOnlyList<NewEvent> events, DateTimeOffset recordedAt, CancellationToken ct, string? snapshot = null)
    {
        TableKeys.Validate(reference, nameof(reference), "review reference");
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0 || events.Count > IReviewEventStore.MaxEventsPerAppend)
        {
            throw new ArgumentException($"Append between 1 and {IReviewEventStore.MaxEventsPerAppend} events at once; got {events.Count}.", nameof(events));
        }

        if (expectedVersion > EventSequence.Max - events.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedVersion), "The stream would pass the largest sequence number.");
        }

        // Lets us recognise our own transaction if a retried request had already committed it.
        var appendId = Guid.NewGuid().ToString("N");
        var group = new EntityGroup(reference);
        for (var i = 0; i < events.Count; i++)
        {
            group.Add(EventEntities.ToEntity(reference, expectedVersion + i + 1, events[i], recordedAt, appendId, i, nameof(events)));
        }

        if (group.EstimatedPayloadBytes > EntityGroup.MaxPayloadBytes)
        {
            throw new ArgumentException($"These {events.Count} events make a transaction of about {group.EstimatedPayloadBytes:N0} bytes, over the 4 MiB limit; append fewer at once.", nameof(events));
        }

        var head = snapshot is null ? null : SnapshotRows.ToHead(reference, expectedVersion + events.Count, snapshot);
        if (head is not null && ChunkedText.StoredSize(head) <= ChunkedText.MaxEntityBytes && group.EstimatedPayloadBytesWith(head) <= EntityGroup.MaxPayloadBytes)
        {
            group.Upsert(head, TableUpdateMode.Replace);
        }
        else
        {
            group.Upsert(SnapshotRows.Behind(reference), TableUpdateMode.Merge);
        }

        var table = await eventsTable.GetAsync(ct).ConfigureAwait(false);

        // Inserts alone cannot stop a caller whose expected version is ahead of the stream from leaving a gap.
        // Events are never deleted, so once the previous row exists it stays: checking it first is race-free.
        if (expectedVersion > 0 && await table.FindAsync(reference, EventSequence.ToRowKey(expectedVersion), ct, AppendIdOnly).ConfigureAwait(false) is null)
        {
            throw new EventStreamConflictException(reference, expectedVersion, "the stream has no event at that version.");
        }

        try
        {
            await table.SubmitTransactionAsync(group.Actions, ct).ConfigureAwait(false);
            return expectedVersion + events.Count;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            var first = await table.FindAsync(reference, EventSequence.ToRowKey(expectedVersion + 1), ct, AppendIdOnly).ConfigureAwait(false);
            if (first?.GetString("AppendId") == appendId)
            {
                return expectedVersion + events.Count;
            }

            throw new EventStreamConflictException(reference, expectedVersion, "another writer appended first.");
        }
    }

    public async Task<EventPage> ReadAsync(string reference, long afterSequence, int pageSize, string? continuation, CancellationToken ct)
    {
        TableKeys.Validate(reference, nameof(reference), "review reference");
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var from = QueryContinuation.Decode(continuation, reference, nameof(continuation));

        var table = await eventsTable.GetAsync(ct).ConfigureAwait(false);
        var (rows, next) = await table.PageAsync(EventSequence.After(reference, afterSequence), pageSize, from, ct).ConfigureAwait(false);
        return new EventPage([.. rows.Select(EventEntities.ToEvent)], QueryContinuation.Encode(next, reference));
    }

    public IAsyncEnumerable<StoredEvent> ReadAllAsync(string reference, CancellationToken ct) => ReadAfterAsync(reference, 0, ct);

    public async IAsyncEnumerable<StoredEvent> ReadAfterAsync(string reference, long afterSequence, [EnumeratorCancellation] CancellationToken ct)
    {
        string? continuation = null;
        do
        {
            var page = await ReadAsync(reference, afterSequence, MaxPageSize, continuation, ct).ConfigureAwait(false);
            foreach (var @event in page.Events)
            {
                yield return @event;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }
}
