using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Bench.Local;

/// <summary>
/// Durable timer firings per review and month, in two designs, from a review's plan. Ours: one loop per review with one
/// pending timer, to its next reminder, escalation or deadline while a step is open, raced against a person's change.
/// Naive: when a step opens, one timer for its deadline, each reminder and its first escalation, all pending at once
/// (a repeated escalation would be made when the one before it fired with the step still open, which never happens in
/// a plan where each step is done on its due day). In the Durable Task Azure Storage backend a timer longer than the
/// SDK's maximum interval is a chain of shorter ones, each firing an episode, and a timer cannot be taken off its queue,
/// so one whose step was done early still fires.
/// </summary>
/// <remarks>
/// The plan is <see cref="ReviewPlanner"/>'s: every step and repeat, each anchor done on its due date. Here a step is
/// done at 10:00 UK time on its due day (as the benchmark's Board does it, after the morning's reminders), or at its
/// hour deadline; a step anchored on another opens when that one is done, one anchored on a fact when the referral
/// arrives (a review step: when the decision is made), a repeat when the occurrence before it is done. Reminder and
/// escalation instants are the engine's own <see cref="ReminderTimetable"/>.
/// </remarks>
internal sealed class NaiveTimerDesign(ReviewEngine engine)
{
    /// <summary>
    /// durabletask-dotnet's <c>DurableTaskWorkerOptions.MaximumTimerInterval</c> default (Microsoft.DurableTask.Worker
    /// 1.28.0, as this repository uses): "The default maximum timer interval is 3 days", because the Azure Storage
    /// provider's scheduled queue messages "cannot exceed 7 days".
    /// </summary>
    public static readonly TimeSpan MaximumTimerInterval = TimeSpan.FromDays(3);

    private static readonly TimeOnly DoneAt = new(10, 0);

    /// <summary>Timer firings in each of <paramref name="months"/> months from <paramref name="start"/>, for one review received just before it.</summary>
    public TimerFirings Firings(string kind, Nation nation, DateTimeOffset received, DateTimeOffset start, int months)
    {
        var (plan, problem) = new ReviewPlanner(engine).Plan(kind, nation, UkTime.ToUkDate(received));
        if (plan is null)
        {
            throw new InvalidOperationException($"The {kind} review could not be planned: {problem}.");
        }

        var procedure = engine.Catalogue.Get(kind);
        var timetable = new ReminderTimetable(engine.Deadlines, nation);
        var done = plan.Steps.ToDictionary(s => (s.Id, s.Occurrence), Done);
        var decision = procedure.Steps.FirstOrDefault(s => s.Completion == StepCompletion.Decision);
        var timers = new List<(DateTimeOffset Created, DateTimeOffset Fires, bool WhileOpen)>();
        foreach (var step in plan.Steps)
        {
            var definition = procedure.Step(step.Id);
            var opened = Opened(step, definition, received, done, decision);
            var policy = procedure.RemindersFor(definition);
            var instants = timetable.Reminders(step.Due, policy, opened).Select(r => r.Instant)
                .Append(step.Due.Deadline)
                .Concat(timetable.Escalations(step.Due, policy).Take(1));
            var closed = done[(step.Id, step.Occurrence)];
            timers.AddRange(instants.Where(i => i >= opened).Select(i => (opened, i, i < closed)));
        }

        var naive = timers.SelectMany(t => Chunks(t.Created, t.Fires, reached: true));
        return new TimerFirings(PerMonth(naive, start, months), PerMonth(OneLoop(received, timers, done.Values), start, months), timers.Count);
    }

    /// <summary>
    /// Our loop's firings: it always waits for the next instant at which an open step wants it, so its one timer chains
    /// from each wake or person's change to the next; a change (a step done) cuts the chain short.
    /// </summary>
    private static IEnumerable<DateTimeOffset> OneLoop(DateTimeOffset received, List<(DateTimeOffset Created, DateTimeOffset Fires, bool WhileOpen)> timers, IEnumerable<DateTimeOffset> changes)
    {
        var wakes = timers.Where(t => t.WhileOpen).Select(t => t.Fires).ToHashSet();
        var points = wakes.Concat(changes).Append(received).Distinct().Order().ToList();
        return points.Zip(points.Skip(1)).SelectMany(p => Chunks(p.First, p.Second, wakes.Contains(p.Second)));
    }

    /// <summary>The instants a timer set at <paramref name="from"/> fires, one per chunk, up to <paramref name="to"/>; the last only when the timer is reached rather than cut short.</summary>
    private static IEnumerable<DateTimeOffset> Chunks(DateTimeOffset from, DateTimeOffset to, bool reached)
    {
        for (var at = from + MaximumTimerInterval; at < to; at += MaximumTimerInterval)
        {
            yield return at;
        }

        if (reached && to > from)
        {
            yield return to;
        }
    }

    private static int[] PerMonth(IEnumerable<DateTimeOffset> firings, DateTimeOffset start, int months)
    {
        var counts = new int[months];
        foreach (var at in firings)
        {
            var month = Enumerable.Range(0, months).FirstOrDefault(m => at >= start.AddMonths(m) && at < start.AddMonths(m + 1), -1);
            if (month >= 0)
            {
                counts[month]++;
            }
        }

        return counts;
    }

    private static DateTimeOffset Done(PlannedStep step) => step.Due.At ?? UkTime.At(step.Due.Day, DoneAt);

    private static DateTimeOffset Opened(PlannedStep step, ProcedureStep definition, DateTimeOffset received, Dictionary<(string, int), DateTimeOffset> done, ProcedureStep? decision)
    {
        if (step.Occurrence > 1)
        {
            return done[(step.Id, step.Occurrence - 1)];
        }

        // An anchor the plan leaves out (waived) or a fact: the step is open from the referral, or from the decision.
        if (definition.Anchor.Kind == AnchorKind.Step && done.TryGetValue((definition.Anchor.Name, 1), out var anchorDone))
        {
            return anchorDone;
        }

        return definition.Phase != StepPhase.Referral && decision is not null && done.TryGetValue((decision.Id, 1), out var decided) ? decided : received;
    }
}

/// <param name="NaivePerMonth">Chunk firings in each month of the run, for the naive design.</param>
/// <param name="OursPerMonth">The same for our loop's one timer.</param>
/// <param name="NaiveTimers">How many timers the naive design creates over the review's whole plan.</param>
internal sealed record TimerFirings(IReadOnlyList<int> NaivePerMonth, IReadOnlyList<int> OursPerMonth, int NaiveTimers);
