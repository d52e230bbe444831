using System.Runtime.CompilerServices;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>
/// Works out every step's status and due date from a review's facts. A step whose anchor has not happened yet is
/// projected as if its anchor step were done on its own due date, which is also how a Board plans a review.
/// </summary>
public sealed class ReviewSchedule
{
    private const int MaxOccurrences = 120;

    /// <summary>
    /// Each step's rule in words, written once: the schedule is worked out on every look at a review, and formatting the
    /// same sentence each time was most of its cost.
    /// </summary>
    private static readonly ConditionalWeakTable<ProcedureStep, string> Rules = new();

    private static readonly ConditionalWeakTable<ProcedureStep, string>.CreateValueCallback DescribeRule = step =>
        step.Repeat is { } repeat
            ? $"{step.Deadline.Describe(Procedure.AnchorTitle(step.Anchor))}, then every {repeat.Every}"
            : step.Deadline.Describe(Procedure.AnchorTitle(step.Anchor));

    private readonly ReviewState state;
    private readonly Procedure procedure;
    private readonly DeadlineCalculator deadlines;
    private readonly Dictionary<string, ScheduledStep> single;

    private ReviewSchedule(ReviewState state, Procedure procedure, DeadlineCalculator deadlines)
    {
        this.state = state;
        this.procedure = procedure;
        this.deadlines = deadlines;
        single = new Dictionary<string, ScheduledStep>(procedure.Steps.Count, StringComparer.Ordinal);
    }

    public static IReadOnlyList<ScheduledStep> Compute(ReviewState state, Procedure procedure, DeadlineCalculator deadlines, bool projectRepeats = false)
    {
        var schedule = new ReviewSchedule(state, procedure, deadlines);
        var steps = new List<ScheduledStep>(procedure.Steps.Count + 4);
        foreach (var step in procedure.Steps)
        {
            if (step.Repeat is null)
            {
                steps.Add(schedule.Single(step));
            }
            else
            {
                steps.AddRange(schedule.Occurrences(step, projectRepeats));
            }
        }

        return steps;
    }

    private ScheduledStep Single(ProcedureStep step)
    {
        if (single.TryGetValue(step.Id, out var known))
        {
            return known;
        }

        var (anchorAt, anchorActual, anchorOpenedAt) = Anchor(step);
        var extension = state.Extensions.GetValueOrDefault(step.Id);
        var lift = step.Completion == StepCompletion.Published ? state.EmbargoLift : null;
        var due = lift is not null && (extension is null || extension.At < lift.At) ? Due.EndOfDay(lift.PublishBy)
            : extension is not null ? Due.EndOfDay(extension.NewDue)
            : deadlines.DueFrom(step.Deadline, anchorAt, state.Nation);
        var done = DoneOf(step, 1);
        var status = StatusOf(step, done, anchorActual);
        var scheduled = new ScheduledStep(
            step,
            1,
            status,
            due,
            !anchorActual && extension is null && lift is null,
            status == StepStatus.Open || done is not null ? OpenedAt(step, anchorOpenedAt) : null,
            done,
            RuleOf(step),
            extension);
        single[step.Id] = scheduled;
        return scheduled;
    }

    private IEnumerable<ScheduledStep> Occurrences(ProcedureStep step, bool projectRepeats)
    {
        var repeat = step.Repeat!;
        var until = Single(procedure.Step(repeat.Until));
        var (anchorAt, anchorActual, anchorOpenedAt) = Anchor(step);
        var due = deadlines.DueFrom(step.Deadline, anchorAt, state.Nation);
        var previousDone = anchorActual;
        var projected = !anchorActual;
        var openedAt = anchorActual ? OpenedAt(step, anchorOpenedAt) : (DateTimeOffset?)null;
        var rule = RuleOf(step);
        for (var occurrence = 1; occurrence <= MaxOccurrences; occurrence++)
        {
            var done = DoneOf(step, occurrence);
            if (done is null && until.Status == StepStatus.Done)
            {
                yield break;
            }

            var status = StatusOf(step, done, previousDone);
            yield return new ScheduledStep(step, occurrence, status, due, projected, done is not null || status == StepStatus.Open ? openedAt : null, done, rule, null);
            if (done is null && (!projectRepeats || due.Day > until.Due.Day || status == StepStatus.Waived))
            {
                yield break;
            }

            previousDone = done is not null;
            projected |= done is null;
            openedAt = done?.At;
            due = Due.EndOfDay(step.Deadline.MonthStart
                ? deadlines.NextMonthStart(due.Day, repeat.Every.Amount, state.Nation)
                : deadlines.ShiftDay(due.Day, repeat.Every.Unit, repeat.Every.Amount, state.Nation));
            if (projectRepeats && done is null && due.Day > until.Due.Day)
            {
                yield break;
            }
        }
    }

    private static string RuleOf(ProcedureStep step) => Rules.GetValue(step, DescribeRule);

    private StepStatus StatusOf(ProcedureStep step, StepDone? done, bool anchorActual)
    {
        if (done is not null)
        {
            return StepStatus.Done;
        }

        // A step that only leads up to the decision (convening the panel, its recommendation) is overtaken by it.
        if (state.Finished || (state.Decision is not null && step.SupersededByDecision)
            || (state.Decision?.Outcome == DecisionOutcome.NoReview && !FollowsTheDecision(step)))
        {
            return StepStatus.Waived;
        }

        // Once the action plan is signed off only a step that outlasts it (taking the published report down) is left,
        // and that one only if a report went online: a decision not to publish closes the publication step without one.
        if ((state.SignedOff is not null && !step.OutlastsSignOff) || (step.OutlastsSignOff && state.Publication is null && NotPublished()))
        {
            return StepStatus.Waived;
        }

        if ((step.Phase != StepPhase.Referral && !state.ReviewHeld) || (step.Completion == StepCompletion.Published && state.Embargoed))
        {
            return StepStatus.Pending;
        }

        return anchorActual ? StepStatus.Open : StepStatus.Pending;
    }

    /// <summary>After a decision not to hold a review, only the referral steps that report the decision still run.</summary>
    private static bool FollowsTheDecision(ProcedureStep step) =>
        step.Phase == StepPhase.Referral && step.Anchor == StepAnchor.Step("decision");

    /// <summary>A review step anchored on an early fact only opens once the review is decided.</summary>
    private DateTimeOffset OpenedAt(ProcedureStep step, DateTimeOffset anchorOpenedAt) =>
        step.Phase != StepPhase.Referral && state.Decision is { } decision && decision.At > anchorOpenedAt ? decision.At : anchorOpenedAt;

    /// <summary>
    /// When the step's clock starts. A step due "before" another is anchored on that step's date as soon as the date
    /// is known (the other step is open), not on it being done: a notice period must run ahead of the thing it precedes.
    /// </summary>
    private (DateTimeOffset At, bool Actual, DateTimeOffset OpenedAt) Anchor(ProcedureStep step)
    {
        var anchor = step.Anchor;
        if (anchor.Kind == AnchorKind.Event)
        {
            var at = anchor.Name switch
            {
                StepAnchor.Incident when state.IncidentDate is { } incident => UkTime.StartOfDay(incident),
                StepAnchor.Awareness when state.AwarenessDate is { } awareness => UkTime.StartOfDay(awareness),
                // Without the date itself, the referral is the earliest the Board can know of it.
                _ => state.ReceivedAt,
            };
            return (at, true, at);
        }

        var anchorStep = Single(procedure.Step(anchor.Name));
        var anchorDue = anchorStep.Due.At ?? UkTime.StartOfDay(anchorStep.Due.Day);
        return anchorStep.Done is { } done ? (done.At, true, done.At)
            : step.Deadline.Direction == DeadlineDirection.Before && anchorStep.Status == StepStatus.Open ? (anchorDue, true, anchorStep.OpenedAt!.Value)
            : (anchorDue, false, anchorDue);
    }

    private StepDone? DoneOf(ProcedureStep step, int occurrence)
    {
        if (state.Done.TryGetValue(ReviewState.StepKey(step.Id, occurrence), out var done))
        {
            return done;
        }

        return step.Completion switch
        {
            StepCompletion.ReferralReceived => new StepDone(state.ReceivedAt, "referrer", "the referral form reached the Board"),
            StepCompletion.Decision when state.Decision is { } decision => new StepDone(decision.At, decision.By, decision.Reasons),
            StepCompletion.ActionPlanAgreed when state.ActionPlan is { } plan => new StepDone(plan.At, plan.By, plan.Actions.Count == 1 ? "1 action agreed" : $"{plan.Actions.Count} actions agreed"),
            StepCompletion.SignOff when state.SignedOff is { } signOff => new StepDone(signOff.At, signOff.By, null),
            StepCompletion.Published when state.Publication is { } published => new StepDone(Earlier(UkTime.StartOfDay(published.PublishedOn), published.At), published.By, $"published on {published.PublishedOn:yyyy-MM-dd}"),
            StepCompletion.RecordsDecided when state.RecordsDecision is { } records => new StepDone(records.At, records.By, records.Keep ? "records stay locked" : "records released"),
            StepCompletion.NoticesSent => AllNoticesSent(step, occurrence),
            StepCompletion.AgenciesResponded => AllAgenciesResponded(),
            _ => null,
        };
    }

    private bool NotPublished() =>
        procedure.PublicationStep is { } publication && state.Done.ContainsKey(publication.Id);

    /// <summary>A publication is done on the day it went online, though it may be recorded a day or two later.</summary>
    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private StepDone? AllNoticesSent(ProcedureStep step, int occurrence)
    {
        var sent = step.Notices.Select(n => state.NoticesSent.GetValueOrDefault(ReviewState.NoticeKey(n.Id, step.Id, occurrence))).ToList();
        return sent.Count > 0 && sent.All(s => s is not null)
            ? new StepDone(sent.Max(s => s!.At), "notifications", null)
            : null;
    }

    private StepDone? AllAgenciesResponded()
    {
        if (state.Agencies.IsEmpty || !state.Agencies.All(state.AgencyResponses.ContainsKey))
        {
            return null;
        }

        var responses = state.Agencies.Select(a => state.AgencyResponses[a]).ToList();
        return new StepDone(responses.Max(r => r.At), "agencies", $"{responses.Count(r => r.Involved)} involved, {responses.Count(r => !r.Involved)} nil returns");
    }
}
