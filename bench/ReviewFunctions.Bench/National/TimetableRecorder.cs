using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Bench.National;

/// <summary>
/// Writes down, from the engine's schedule after every change to a review, when each step occurrence opened, the due
/// dates it had and when it stopped being open: the oracle's only knowledge of the review.
/// </summary>
internal sealed class TimetableRecorder(ReferralReceived referral, Procedure procedure)
{
    private readonly Dictionary<string, (ScheduledStep Step, DateTimeOffset Opened, List<DueFrom> Dues)> open = new(StringComparer.Ordinal);
    private readonly List<StepTimetable> closed = [];

    /// <summary>Every step occurrence that has opened and closed.</summary>
    public IReadOnlyList<StepTimetable> Steps => closed;

    public IEnumerable<string> OpenSteps => open.Keys;

    public void Observe(IReadOnlyList<ScheduledStep> schedule, DateTimeOffset now)
    {
        var stillOpen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in schedule)
        {
            if (step.Status != StepStatus.Open)
            {
                continue;
            }

            stillOpen.Add(step.Key);
            if (!open.TryGetValue(step.Key, out var known))
            {
                open[step.Key] = (step, step.OpenedAt ?? now, [new DueFrom(now, step.Due)]);
            }
            else if (known.Dues[^1].Due != step.Due)
            {
                known.Dues.Add(new DueFrom(now, step.Due));
            }
        }

        foreach (var key in open.Keys.Where(k => !stillOpen.Contains(k)).ToList())
        {
            var (step, opened, dues) = open[key];
            open.Remove(key);
            closed.Add(new StepTimetable(
                referral.Reference,
                step.Id,
                step.Occurrence,
                referral.Nation,
                procedure.RemindersFor(step.Definition),
                referral.At,
                opened,
                dues,
                now));
        }
    }
}
