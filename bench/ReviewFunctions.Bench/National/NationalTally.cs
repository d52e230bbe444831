using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Bench.National;

/// <summary>The run's counts, kept as it goes; a finished review's events are counted here and then let go.</summary>
internal sealed class NationalTally
{
    private readonly Dictionary<(string Kind, Nation Nation), KindCounts> byKind = [];

    public long Decides { get; set; }

    public long Wakes { get; set; }

    public long Restarts { get; set; }

    public long NoticesSent { get; set; }

    public long PersonEvents { get; set; }

    public long Events { get; private set; }

    public int LargestStream { get; private set; }

    public int Finished { get; private set; }

    public ReminderComparison Reminders { get; private set; } = ReminderComparison.None;

    public long Escalations { get; private set; }

    public long EscalationsExpected { get; private set; }

    public IEnumerable<((string Kind, Nation Nation) Key, KindCounts Counts)> ByKind =>
        byKind.OrderBy(k => k.Key.Nation).ThenByDescending(k => k.Value.Reviews).Select(k => (k.Key, k.Value));

    public void ReviewFinished(SimulatedReview review, IReadOnlyCollection<ReminderKey> expected, ReminderComparison comparison)
    {
        Finished++;
        Events += review.Events.Count;
        LargestStream = Math.Max(LargestStream, review.Events.Count);
        Reminders = Reminders.Add(comparison);
        var escalations = review.Sent.Count(s => s.Key.Type == ReminderType.Escalation);
        Escalations += escalations;
        EscalationsExpected += expected.Count(k => k.Type == ReminderType.Escalation);

        var counts = byKind.TryGetValue((review.Referral.Kind, review.Referral.Nation), out var known) ? known : new KindCounts();
        byKind[(review.Referral.Kind, review.Referral.Nation)] = counts with
        {
            Reviews = counts.Reviews + 1,
            NoReview = counts.NoReview + (review.State.Decision?.Outcome == DecisionOutcome.NoReview ? 1 : 0),
            Events = counts.Events + review.Events.Count,
            Reminders = counts.Reminders + review.Sent.Count - escalations,
            Escalations = counts.Escalations + escalations,
            Problems = counts.Problems + comparison.Missed + comparison.Duplicated + comparison.Late + comparison.Unexpected,
        };
    }

    internal sealed record KindCounts(int Reviews = 0, int NoReview = 0, long Events = 0, long Reminders = 0, long Escalations = 0, long Problems = 0);
}
