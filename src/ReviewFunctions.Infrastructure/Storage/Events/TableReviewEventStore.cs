using System.Runtime.CompilerServices;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Event streams in the <c>ReviewEvents</c> table: partition = review reference, one row per event, RowKey = sequence.
/// An append is one entity-group transaction of inserts, so a competing writer's insert of the same sequence
/// conflicts and the whole batch rolls back: no event is lost or duplicated.
/// </summary>
internal sealed class TableReviewEventStore(TableClient table) : IReviewEventStore
{
    public const int MaxPageSize = 1000;

    public async Task<long> AppendAsync(string reference, long expectedVersion, IReadOnlyList<NewEvent> events, DateTimeOffset recordedAt, CancellationToken ct)
    {
        TableKeys.Validate(reference, nameof(reference), "review reference");
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0 || events.Count > TableBatch.MaxOperations)
        {
            throw new ArgumentException($"Append between 1 and {TableBatch.MaxOperations} events at once; got {events.Count}.", nameof(events));
        }

        if (expectedVersion > EventSequence.Max - events.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedVersion), "The stream would pass the largest sequence number.");
        }

        // Lets us recognise our own batch if a retried request already committed it.
        var appendId = Guid.NewGuid().ToString("N");
        var batch = new TableBatch(table.Table, reference);
        for (var i = 0; i < events.Count; i++)
        {
            batch.AddInsert(EventEntities.ToEntity(reference, expectedVersion + i + 1, events[i], recordedAt, appendId, i, nameof(events)));
        }

        var (body, contentType) = batch.Build(table.Endpoint);
        if (body.Length > TableBatch.MaxPayloadBytes)
        {
            throw new ArgumentException($"These {events.Count} events make a {body.Length:N0}-byte batch, over the 4 MiB limit; append fewer at once.", nameof(events));
        }

        await table.EnsureExistsAsync(ct).ConfigureAwait(false);

        // Inserts alone cannot stop a caller whose expected version is ahead of the stream from leaving a gap.
        // Events are never deleted, so once the previous row exists it stays: checking it first is race-free.
        if (expectedVersion > 0 && await table.GetAsync(reference, EventSequence.ToRowKey(expectedVersion), "check stream version", ct).ConfigureAwait(false) is null)
        {
            throw new EventStreamConflictException(reference, expectedVersion, "the stream has no event at that version.");
        }

        var outcome = await table.SubmitAsync(body, contentType, "append events", ct).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            return expectedVersion + events.Count;
        }

        if (outcome.Status == 409)
        {
            var first = await table.GetAsync(reference, EventSequence.ToRowKey(expectedVersion + 1), "check stream version", ct).ConfigureAwait(false);
            if (first?.GetString("AppendId") == appendId)
            {
                return expectedVersion + events.Count;
            }

            throw new EventStreamConflictException(reference, expectedVersion, "another writer appended first.");
        }

        throw new StorageRequestException("append events", outcome.Status, outcome.ErrorCode, requestId: null);
    }

    public async Task<EventPage> ReadAsync(string reference, long afterSequence, int pageSize, string? continuation, CancellationToken ct)
    {
        TableKeys.Validate(reference, nameof(reference), "review reference");
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var next = TableContinuation.Decode(continuation, reference, nameof(continuation));

        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        var filter = $"PartitionKey eq {TableKeys.Quote(reference)} and RowKey gt {TableKeys.Quote(EventSequence.ToRowKey(afterSequence))}";
        var events = new List<StoredEvent>(pageSize);

        // The service may stop a page early (or return none) and still hand back a continuation.
        do
        {
            var page = await table.QueryAsync(filter, pageSize - events.Count, next, "read events", ct).ConfigureAwait(false);
            events.AddRange(page.Entities.Select(EventEntities.ToEvent));
            next = page.Continuation;
        }
        while (next is not null && events.Count < pageSize);

        return new EventPage(events, next?.Encode(reference));
    }

    public async IAsyncEnumerable<StoredEvent> ReadAllAsync(string reference, [EnumeratorCancellation] CancellationToken ct)
    {
        string? continuation = null;
        do
        {
            var page = await ReadAsync(reference, 0, MaxPageSize, continuation, ct).ConfigureAwait(false);
            foreach (var @event in page.Events)
            {
                yield return @event;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }
}
