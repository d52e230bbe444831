using System.Runtime.CompilerServices;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>Reads a review back from its events and appends new ones, in the one JSON shape every reader shares.</summary>
public sealed class ReviewRepository(ReviewEngine engine, IReviewEventStore events)
{
    public async Task<LoadedReview?> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var history = new List<RecordedEvent>();
        await foreach (var stored in ReadAsync(reference, cancellationToken))
        {
            history.Add(stored);
        }

        if (history.Count == 0)
        {
            return null;
        }

        return new LoadedReview(engine.Replay(history.Select(h => h.Event)), history[^1].Sequence, history);
    }

    /// <exception cref="EventStreamConflictException">Someone else appended first; load again and retry.</exception>
    public Task<long> AppendAsync(string reference, long expectedVersion, IReadOnlyList<ReviewEvent> newEvents, DateTimeOffset now, CancellationToken cancellationToken, Actor? actor = null) =>
        events.AppendAsync(
            reference,
            expectedVersion,
            [.. newEvents.Select(e => new NewEvent(ReviewJson.TypeOf(e), ReviewJson.Serialize(e), actor))],
            now,
            cancellationToken);

    private async IAsyncEnumerable<RecordedEvent> ReadAsync(string reference, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stored in events.ReadAllAsync(reference, cancellationToken))
        {
            yield return new RecordedEvent(stored.Sequence, stored.RecordedAt, ReviewJson.Deserialize(stored.Data), stored.Actor);
        }
    }
}
