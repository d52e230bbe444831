using System.Runtime.CompilerServices;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>
/// The heart of every host: records events a person or intake raises, and at any instant says what must happen next.
/// Pure: the same state, event and instant always give the same answer, which is what Durable replay needs.
/// </summary>
public sealed class ReviewEngine(ProcedureCatalogue catalogue, DeadlineCalculator deadlines)
{
    private readonly ReviewRules rules = new(catalogue);

    /// <summary>
    /// Each state's schedule, kept with the state while it lives. Working the schedule out is most of the cost of a
    /// look at a review, and a host looks at the same state several times (decide, check a person's event, summarise);
    /// a state never changes, so neither does its schedule.
    /// </summary>
    private readonly ConditionalWeakTable<ReviewState, IReadOnlyList<ScheduledStep>> schedules = new();

    public ReviewEngine(ProcedureCatalogue catalogue, UkCalendar calendar)
        : this(catalogue, new DeadlineCalculator(calendar))
    {
    }

    public ProcedureCatalogue Catalogue { get; } = catalogue;

    public DeadlineCalculator Deadlines { get; } = deadlines;

    public Procedure ProcedureOf(ReviewState state) => Catalogue.Get(state.Kind);

    public IReadOnlyList<ScheduledStep> Schedule(ReviewState state, bool projectRepeats = false)
    {
        if (projectRepeats)
        {
            return ReviewSchedule.Compute(state, ProcedureOf(state), Deadlines, projectRepeats);
        }

        if (!schedules.TryGetValue(state, out var schedule))
        {
            schedule = ReviewSchedule.Compute(state, ProcedureOf(state), Deadlines);
            schedules.AddOrUpdate(state, schedule);
        }

        return schedule;
    }

    /// <summary>Starts a review from an accepted referral, or says why the referral cannot start one.</summary>
    public (ReviewState? State, Rejection? Rejection) Start(ReferralReceived referral)
    {
        if (string.IsNullOrWhiteSpace(referral.Reference))
        {
            return (null, new Rejection(RejectionKind.Invalid, "A review needs its reference."));
        }

        var procedure = Catalogue.Find(referral.Kind);
        if (procedure is null)
        {
            return (null, new Rejection(RejectionKind.Invalid, $"'{referral.Kind}' is not a review kind. Known kinds: {string.Join(", ", Catalogue.All.Select(p => p.Kind))}."));
        }

        return procedure.Nations.Contains(referral.Nation)
            ? (ReviewEvolution.Start(referral), null)
            : (null, new Rejection(RejectionKind.Invalid, $"A '{referral.Kind}' review is not held in {referral.Nation.ToName()}."));
    }

    /// <summary>Records a person's (or a host's) event if the review allows it; otherwise the state is unchanged.</summary>
    public (ReviewState State, ReviewEvent? Recorded, Rejection? Rejection) Apply(ReviewState state, ReviewEvent e)
    {
        var (accepted, rejection) = rules.Check(state, Schedule(state), e);
        return accepted is null ? (state, null, rejection) : (Evolve(state, accepted), accepted, null);
    }

    /// <summary>Folds an event that was already accepted, as when a review is read back from its history.</summary>
    /// <summary>
    /// A review ends when the Board signs off its action plan, or after a decision not to hold one once that decision
    /// has been reported (the national bodies must hear of a "no review" decision too). A published report's time
    /// online outlasts the sign-off: the review ends only once the step that takes it down is done.
    /// </summary>
    public ReviewState Evolve(ReviewState state, ReviewEvent e)
    {
        var next = ReviewEvolution.Evolve(state, e, s =>
            (s.SignedOff is not null && !Schedule(s).Any(x => x.Definition.OutlastsSignOff && x.Status == StepStatus.Open))
            || (s.Decision?.Outcome == DecisionOutcome.NoReview && Schedule(s).All(x => x.Status is StepStatus.Done or StepStatus.Waived)));

        // What the decider records is not a fact the schedule is worked out from, so the state after it keeps the same one.
        if (e is ReminderSent or Escalated or NoticeIssued && next.Finished == state.Finished && schedules.TryGetValue(state, out var schedule))
        {
            schedules.AddOrUpdate(next, schedule);
        }

        return next;
    }

    public ReviewState Replay(IEnumerable<ReviewEvent> history)
    {
        ReviewState? state = null;
        foreach (var e in history)
        {
            state = state is null
                ? ReviewEvolution.Start(e as ReferralReceived ?? throw new InvalidOperationException("A review's history starts with its referral."))
                : Evolve(state, e);
        }

        return state ?? throw new InvalidOperationException("A review's history cannot be empty.");
    }

    /// <summary>What must happen now, what records it, and when to look again.</summary>
    public NextActions Decide(ReviewState state, DateTimeOffset now)
    {
        if (state.Finished)
        {
            return new NextActions([], [new UpdateStatus(state.Reference, Summarise(state, now)), new CompleteReview(state.Reference, state.FinishedReason!)], null);
        }

        var procedure = ProcedureOf(state);
        var timetable = new ReminderTimetable(Deadlines, state.Nation);
        var events = new List<ReviewEvent>();
        var commands = new List<ReviewCommand>();
        var wakes = new List<DateTimeOffset>();

        // Deliveries are asked for again on every look until they are confirmed, so a lost activity result never loses
        // a statutory notice or leaves the case files open; the runners make a repeat harmless.
        if (state.CaseFiles?.MembershipVersion != state.MembershipVersion)
        {
            commands.Add(new SecureCaseFiles(state.Reference, state.Members, state.MembershipVersion));
        }

        commands.AddRange(UnconfirmedNotices(state));
        if (state.RecordsDecision is { Keep: false } && state.CaseFilesRelease is null)
        {
            commands.Add(new ReleaseCaseFiles(state.Reference));
        }

        var schedule = Schedule(state);
        foreach (var step in schedule.Where(s => s.Status == StepStatus.Open))
        {
            IssueAutomaticNotices(state, step, now, events, commands, wakes);
            Chase(state, procedure, timetable, step, DueSetAt(schedule, step), now, events, commands, wakes);
        }

        // What is decided here (reminders, escalations, notices issued) is not a fact the schedule is worked out from, so
        // the schedule after it is the one just computed; working it out again was half the cost of every look.
        var after = events.Aggregate(state, Evolve);
        commands.Add(new UpdateStatus(state.Reference, Summarise(after, schedule, now)));
        return new NextActions(events, commands, wakes.Count > 0 ? wakes.Min() : null);
    }

    public ReviewSummary Summarise(ReviewState state, DateTimeOffset now) => Summarise(state, Schedule(state), now);

    private static ReviewSummary Summarise(ReviewState state, IReadOnlyList<ScheduledStep> schedule, DateTimeOffset now)
    {
        var open = schedule.Where(s => s.Status == StepStatus.Open).OrderBy(s => s.Due.Deadline).ToList();
        var next = open.FirstOrDefault();
        var lastNotice = state.NoticesSent.Values.OrderBy(n => n.At).LastOrDefault()?.Notice;
        return new ReviewSummary(
            state.Reference,
            state.Kind,
            state.Nation.ToName(),
            Stage(state, open),
            next?.Id,
            next?.Due.ToIsoString(),
            open.Count(s => s.IsOverdueAt(now)),
            lastNotice,
            state.Finished,
            state.NoticeProblems.Count);
    }

    private static string Stage(ReviewState state, List<ScheduledStep> open) =>
        state.Finished ? "finished"
        : state.Decision is null ? "referral"
        : open.Count > 0 && open.All(s => s.Definition.Phase == StepPhase.ActionPlan) ? "action-plan"
        : "review";

    private static IEnumerable<SendNotice> UnconfirmedNotices(ReviewState state) =>
        state.NoticesIssued
            .Where(n => !state.NoticesSent.ContainsKey(n.Key) && !state.NoticesBlocked.ContainsKey(n.Key) && !state.NoticeProblems.ContainsKey(n.Key))
            .OrderBy(n => n.Value.At)
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => new SendNotice(state.Reference, n.Value.Notice, n.Value.Step, n.Value.Occurrence, n.Value.To));

    private static void IssueAutomaticNotices(ReviewState state, ScheduledStep step, DateTimeOffset now, List<ReviewEvent> events, List<ReviewCommand> commands, List<DateTimeOffset> wakes)
    {
        // A notice sent on its step's due day goes at 09:00 that day (the exact instant of an hour deadline).
        var onDue = step.Due.At ?? UkTime.Morning(step.Due.Day);
        foreach (var notice in step.Definition.Notices.Where(n => n.Send == NoticeSending.Automatic
            || (n.Send == NoticeSending.OnDue && onDue <= now)
            || state.NoticesConfirmed.ContainsKey(ReviewState.NoticeKey(n.Id, step.Id, step.Occurrence))))
        {
            if (!state.NoticesIssued.ContainsKey(ReviewState.NoticeKey(notice.Id, step.Id, step.Occurrence)))
            {
                events.Add(new NoticeIssued(now, notice.Id, step.Id, step.Occurrence, notice.To));
                commands.Add(new SendNotice(state.Reference, notice.Id, step.Id, step.Occurrence, notice.To));
            }
        }

        if (onDue > now && step.Definition.Notices.Any(n => n.Send == NoticeSending.OnDue))
        {
            wakes.Add(onDue);
        }
    }

    /// <summary>
    /// When the step's due date was last moved, if it was: an extension of the step, or of a step it is counted back
    /// from (directly or through another), or that step being done. A reminder or escalation worked out from the new date whose moment had already
    /// passed is not sent late: it was never owed under the date then in force, and the owner has just been given the
    /// new one.
    /// </summary>
    private static DateTimeOffset? DueSetAt(IReadOnlyList<ScheduledStep> schedule, ScheduledStep step)
    {
        var set = step.Extension?.At;
        var counted = step;
        for (var depth = 0; depth < schedule.Count && counted.Extension is null && counted.Done is null; depth++)
        {
            // Counted back from a step that is itself counted back from another, the date moves with the last of the chain.
            if (counted.Definition.Deadline.Direction != DeadlineDirection.Before || counted.Definition.Anchor.Kind != AnchorKind.Step
                || schedule.FirstOrDefault(s => s.Id == counted.Definition.Anchor.Name) is not { } anchor)
            {
                break;
            }

            set = Latest(Latest(set, anchor.Extension?.At), anchor.Done?.At);
            counted = anchor;
        }

        return set;
    }

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null || b > a ? b : a;

    private void Chase(
        ReviewState state,
        Procedure procedure,
        ReminderTimetable timetable,
        ScheduledStep step,
        DateTimeOffset? dueSet,
        DateTimeOffset now,
        List<ReviewEvent> events,
        List<ReviewCommand> commands,
        List<DateTimeOffset> wakes)
    {
        var wakesBefore = wakes.Count;
        var opened = step.OpenedAt ?? now;
        var since = dueSet > opened ? dueSet.Value : opened;
        var policy = procedure.RemindersFor(step.Definition);
        var owner = step.Definition.Owner;
        var title = step.Definition.Title;

        var lastReminded = state.Reminded.GetValueOrDefault(step.Key)?.Max;
        var reminders = timetable.Reminders(step.Due, policy, opened).Where(r => r.Instant >= since && (lastReminded is null || r.Instant > lastReminded)).ToList();
        var reached = reminders.Where(r => r.Instant <= now).OrderBy(r => r.Instant).ToList();
        if (reached.Count > 0)
        {
            // After a long gap only the latest reminder goes: the owner needs one nudge, not a backlog.
            var (instant, kind) = reached[^1];
            events.Add(new ReminderSent(now, step.Id, step.Occurrence, instant, kind, owner));
            commands.Add(new RemindOwner(state.Reference, step.Id, title, step.Occurrence, owner, step.Due, instant, kind));
        }

        wakes.AddRange(reminders.Where(r => r.Instant > now).Select(r => r.Instant));
        if (step.Due.Deadline > now)
        {
            wakes.Add(step.Due.Deadline);
        }

        var lastEscalated = state.EscalatedAt.GetValueOrDefault(step.Key)?.Max;
        DateTimeOffset? latestDue = null;
        foreach (var escalation in timetable.Escalations(step.Due, policy).Where(e => e >= since && (lastEscalated is null || e > lastEscalated)))
        {
            if (escalation > now)
            {
                wakes.Add(escalation);
                break;
            }

            latestDue = escalation;
        }

        if (latestDue is { } due)
        {
            var manager = Catalogue.Role(owner).EscalatesTo ?? owner;
            events.Add(new Escalated(now, step.Id, step.Occurrence, due, owner, manager));
            commands.Add(new EscalateToManager(state.Reference, step.Id, title, step.Occurrence, owner, manager, step.Due, due));
        }

        if (wakes.Count == wakesBefore)
        {
            // An overdue step with no more escalations is still looked at every working morning, so it is never forgotten.
            wakes.Add(UkTime.Morning(Deadlines.Calendar.AddWorkingDays(state.Nation, UkTime.ToUkDate(now), 1)));
        }
    }
}
