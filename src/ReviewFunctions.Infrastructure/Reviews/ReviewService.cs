using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>
/// Everything that changes a review goes through here: starting it, recording a person's event, the loop's decisions
/// and what its commands observed. Each change is checked by the engine against the latest events and appended with
/// optimistic concurrency, so two people (or a person and the loop) never overwrite each other.
/// </summary>
public sealed partial class ReviewService(
    ReviewEngine engine,
    ReviewRepository repository,
    IReviewIndex index,
    TimeProvider time,
    ILogger<ReviewService> logger)
{
    /// <summary>Enough tries for a room full of people recording on one review at the same moment.</summary>
    private const int Attempts = 25;

    public ReviewEngine Engine => engine;

    public async Task<ReviewStartResult> StartAsync(ReferralReceived referral, CancellationToken cancellationToken, Actor? actor = null)
    {
        var (state, rejection) = engine.Start(referral);
        if (state is null)
        {
            return new ReviewStartResult(false, false, rejection);
        }

        try
        {
            await repository.AppendAsync(referral.Reference, 0, [referral], state, time.GetUtcNow(), cancellationToken, actor);
        }
        catch (EventStreamConflictException)
        {
            return new ReviewStartResult(false, true, null);
        }

        await UpdateIndexAsync(state, cancellationToken);
        LogStarted(referral.Reference, referral.Kind);
        return new ReviewStartResult(true, false, null);
    }

    /// <summary>The review as it stands, from its snapshot and the events after it: for anything that needs no history.</summary>
    public Task<CurrentReview?> LoadStateAsync(string reference, CancellationToken cancellationToken) =>
        repository.LoadStateAsync(reference, cancellationToken);

    /// <summary>The review with every event of its history: the audit trail and the review page.</summary>
    public Task<LoadedReview?> LoadHistoryAsync(string reference, CancellationToken cancellationToken) =>
        repository.LoadHistoryAsync(reference, cancellationToken);

    /// <summary>
    /// Records a person's event if they may record it on this review (asked of the latest state, on every try) and the
    /// review allows it; the actor is kept beside the event.
    /// </summary>
    public async Task<RecordResult> RecordAsync(string reference, ReviewEvent e, PersonRecording who, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var review = await repository.LoadStateAsync(reference, cancellationToken);
            if (review is null)
            {
                return RecordResult.NotFound;
            }

            var permission = who.Check(review.State, engine.ProcedureOf(review.State), e);
            if (!permission.Allowed)
            {
                return new RecordResult(RecordStatus.Forbidden, null, new Rejection(RejectionKind.Invalid, permission.Refusal!), review.Version);
            }

            var (state, recorded, rejection) = engine.Apply(review.State, e);
            if (recorded is null)
            {
                return new RecordResult(RecordStatus.Rejected, null, rejection, review.Version);
            }

            try
            {
                var version = await repository.AppendAsync(reference, review.Version, [recorded], state, time.GetUtcNow(), cancellationToken, who.ActorFor(permission));
                await UpdateIndexAsync(state, cancellationToken);
                return new RecordResult(RecordStatus.Recorded, recorded, null, version);
            }
            catch (EventStreamConflictException) when (attempt < Attempts)
            {
                LogRetry(reference, attempt);
                await BackOffAsync(attempt, cancellationToken);
            }
        }
    }

    /// <summary>The loop's decision at <paramref name="now"/>: recorded before its commands are handed out.</summary>
    public Task<DecideOutcome> DecideAsync(string reference, DateTimeOffset now, CancellationToken cancellationToken) =>
        DecideAsync(reference, now, [], cancellationToken);

    /// <summary>
    /// Records what the last round's commands observed, then decides, in one read and one write: a round of the review
    /// loop costs one activity less than recording and deciding apart.
    /// </summary>
    public async Task<DecideOutcome> DecideAsync(string reference, DateTimeOffset now, IReadOnlyList<ReviewEvent> observed, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var review = await repository.LoadStateAsync(reference, cancellationToken)
                ?? throw new InvalidOperationException($"Review {reference} has no events: it was never started.");
            var (state, accepted) = Accept(reference, review.State, observed);
            var next = engine.Decide(state, now);
            var after = next.Events.Aggregate(state, engine.Evolve);
            try
            {
                if (accepted.Count + next.Events.Count > 0)
                {
                    await repository.AppendAsync(reference, review.Version, [.. accepted, .. next.Events], after, time.GetUtcNow(), cancellationToken);
                }

                await UpdateIndexAsync(after, cancellationToken, now);
                var summary = next.Commands.OfType<UpdateStatus>().Single().Summary;
                return new DecideOutcome(next.Commands, next.NextWake, summary, after.Finished);
            }
            catch (EventStreamConflictException) when (attempt < Attempts)
            {
                LogRetry(reference, attempt);
                await BackOffAsync(attempt, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Records what commands observed (a notice sent, case files secured). One the review no longer accepts — a
    /// notice already recorded by an earlier try — is left out and logged by kind, never by content.
    /// </summary>
    public async Task RecordObservedAsync(string reference, IReadOnlyList<ReviewEvent> observed, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var review = await repository.LoadStateAsync(reference, cancellationToken)
                ?? throw new InvalidOperationException($"Review {reference} has no events: it was never started.");
            var (state, accepted) = Accept(reference, review.State, observed);
            if (accepted.Count == 0)
            {
                return;
            }

            try
            {
                await repository.AppendAsync(reference, review.Version, accepted, state, time.GetUtcNow(), cancellationToken);
                await UpdateIndexAsync(state, cancellationToken);
                return;
            }
            catch (EventStreamConflictException) when (attempt < Attempts)
            {
                LogRetry(reference, attempt);
                await BackOffAsync(attempt, cancellationToken);
            }
        }
    }

    /// <summary>What observed events the review accepts, and its state after them; the refused are logged by kind.</summary>
    private (ReviewState State, List<ReviewEvent> Accepted) Accept(string reference, ReviewState state, IReadOnlyList<ReviewEvent> observed)
    {
        var accepted = new List<ReviewEvent>();
        foreach (var e in observed)
        {
            var (next, recorded, rejection) = engine.Apply(state, e);
            if (recorded is null)
            {
                LogObservedRefused(reference, ReviewJson.TypeOf(e), rejection!.Kind);
                continue;
            }

            state = next;
            accepted.Add(recorded);
        }

        return (state, accepted);
    }

    public async Task<ReviewIndexPage> ListAsync(ReviewIndexQuery query, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        await index.ListAsync(query, pageSize, continuation, cancellationToken);

    /// <summary>A short, spread-out pause so writers that collided do not collide again in step.</summary>
    private Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(Math.Min(attempt, 10) * 5 + Random.Shared.Next(0, 20)), time, cancellationToken);

    private async Task UpdateIndexAsync(ReviewState state, CancellationToken cancellationToken, DateTimeOffset? now = null) =>
        await index.UpsertAsync(ReviewIndexing.EntryOf(engine, state, now ?? time.GetUtcNow()), ReviewIndexETag.Any, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review {Reference} started as {Kind}.")]
    private partial void LogStarted(string reference, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review {Reference}: another change was recorded first (try {Attempt}); reading it again.")]
    private partial void LogRetry(string reference, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review {Reference}: an observed {EventType} was not recorded ({RejectionKind}).")]
    private partial void LogObservedRefused(string reference, string eventType, RejectionKind rejectionKind);
}
