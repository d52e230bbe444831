using Azure;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>
/// Reads a review back and appends new events, in the one JSON shape every reader shares. Deciding and recording need
/// the review only as it stands (<see cref="LoadStateAsync"/>): its snapshot and the events after it, so a wake costs
/// the same in a review's second year as in its first week. The audit trail and the review page need every event
/// (<see cref="LoadHistoryAsync"/>).
/// </summary>
public sealed partial class ReviewRepository(
    ReviewEngine engine,
    IReviewEventStore events,
    IReviewSnapshotStore snapshots,
    ILogger<ReviewRepository> logger)
{
    /// <summary>
    /// A load that folds this many events past its snapshot (or from the referral) writes a new snapshot. What it
    /// trades: each load reads and parses at most about this many event rows (one query page, plus whatever was appended
    /// since the last load), against one snapshot write, a request of about the state's size (a few KiB to tens of KiB),
    /// per this many events. A wake appends a few events, so at 32 a review writes a snapshot about once every ten
    /// wakes, and no load reads much more than the snapshot does; 20 would write twice as often for little less
    /// reading, 50 would read half as much again for a saving no host would notice.
    /// </summary>
    public const int SnapshotAfter = 32;

    /// <summary>
    /// The review as it stands, for deciding and recording: one point read for its snapshot, which every append keeps
    /// as the head, and a query for the events after it only when it is not (an append whose state was too large to
    /// keep, or data from before appends kept it). A snapshot that cannot be used is ignored and the review replayed
    /// from its first event.
    /// </summary>
    public async Task<CurrentReview?> LoadStateAsync(string reference, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.ReadAsync(reference, cancellationToken);
        var start = StateIn(snapshot);
        if (start is not null && snapshot!.Head)
        {
            return new CurrentReview(start, snapshot.Sequence);
        }

        var tail = new List<ReviewEvent>();
        long version = start?.Version ?? 0;
        await foreach (var stored in events.ReadAfterAsync(reference, version, cancellationToken))
        {
            tail.Add(ReviewJson.Deserialize(stored.Data));
            version = stored.Sequence;
        }

        if (start is null && tail.Count == 0)
        {
            return null;
        }

        var state = start is null ? engine.Replay(tail) : tail.Aggregate(start, engine.Evolve);
        if (tail.Count >= SnapshotAfter || (snapshot is not null && start is null))
        {
            await KeepSnapshotAsync(reference, state, version, snapshot, cancellationToken);
        }

        return new CurrentReview(state, version);
    }

    /// <summary>The review with every event of its history, for the audit trail and the review page.</summary>
    public async Task<LoadedReview?> LoadHistoryAsync(string reference, CancellationToken cancellationToken)
    {
        var history = new List<RecordedEvent>();
        await foreach (var stored in events.ReadAllAsync(reference, cancellationToken))
        {
            history.Add(new RecordedEvent(stored.Sequence, stored.RecordedAt, ReviewJson.Deserialize(stored.Data), stored.Actor));
        }

        if (history.Count == 0)
        {
            return null;
        }

        return new LoadedReview(engine.Replay(history.Select(h => h.Event)), history[^1].Sequence, history);
    }

    /// <summary>
    /// Appends <paramref name="newEvents"/> and, in the same transaction, keeps <paramref name="after"/> (the review's
    /// state once they are folded in) as its snapshot, so the next load is one point read.
    /// </summary>
    /// <exception cref="EventStreamConflictException">Someone else appended first; load again and retry.</exception>
    public Task<long> AppendAsync(string reference, long expectedVersion, IReadOnlyList<ReviewEvent> newEvents, ReviewState after, DateTimeOffset now, CancellationToken cancellationToken, Actor? actor = null) =>
        events.AppendAsync(
            reference,
            expectedVersion,
            [.. newEvents.Select(e => new NewEvent(ReviewJson.TypeOf(e), ReviewJson.Serialize(e), actor))],
            now,
            cancellationToken,
            ReviewSnapshot.Write(after, engine.Catalogue.Fingerprint));

    /// <summary>
    /// The state a snapshot holds, or null to replay in full: there is none, it is of another format or procedures, it
    /// is damaged, or it is not the state after the event its row says.
    /// </summary>
    private ReviewState? StateIn(StoredSnapshot? snapshot) =>
        snapshot?.Data is { } data && ReviewSnapshot.Read(data, engine.Catalogue.Fingerprint) is { } state && state.Version == snapshot.Sequence
            ? state
            : null;

    private async Task KeepSnapshotAsync(string reference, ReviewState state, long version, StoredSnapshot? replacing, CancellationToken cancellationToken)
    {
        try
        {
            var written = await snapshots.WriteAsync(reference, version, ReviewSnapshot.Write(state, engine.Catalogue.Fingerprint), replacing, cancellationToken);
            if (written == SnapshotWrite.TooLarge)
            {
                LogTooLarge(reference, version);
            }
        }
        catch (RequestFailedException e)
        {
            // A snapshot is a cache: failing to keep one costs later loads a longer read, never this load its answer.
            LogNotKept(reference, version, e.Status);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review {Reference}: its state after event {Sequence} is too large for a table row, so no snapshot was kept; it is read from its events.")]
    private partial void LogTooLarge(string reference, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review {Reference}: the snapshot of its state after event {Sequence} could not be written (status {Status}); it is read from its events.")]
    private partial void LogNotKept(string reference, long sequence, int status);
}
