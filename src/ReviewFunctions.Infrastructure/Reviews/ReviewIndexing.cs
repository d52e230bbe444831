using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>The index row for a review as it stands at an instant: what lists and dashboards show.</summary>
public static class ReviewIndexing
{
    public static ReviewIndexEntry EntryOf(ReviewEngine engine, ReviewState state, DateTimeOffset now)
    {
        var summary = engine.Summarise(state, now);
        var next = engine.Schedule(state)
            .Where(s => s.Status == StepStatus.Open)
            .OrderBy(s => s.Due.Deadline)
            .FirstOrDefault();
        return new ReviewIndexEntry(
            state.Reference,
            state.Kind,
            summary.Nation,
            summary.Stage,
            next?.Id,
            next?.Due.Deadline,
            summary.OverdueCount,
            state.Finished,
            now,
            [.. state.Members.Select(m => m.Email.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)]);
    }
}
