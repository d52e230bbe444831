using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Bench.National;

/// <summary>
/// The Board's people. Each step that opens is planned for once: done by its due date mostly, late sometimes, and now
/// and then the chair agrees an extension first. A step is done as its completion asks (a decision, notices confirmed,
/// the action plan agreed, the records decision…), with the events a person would post; the engine's checks must accept
/// every one. Nobody is named: people are their role's mailbox.
/// </summary>
internal sealed class Board(BoardTiming timing, Action<SimulatedReview, DateTimeOffset, BoardAction> book)
{
    /// <summary>How often the chair agrees a later due date for a (single) step.</summary>
    private const double ExtensionShare = 0.06;

    /// <summary>How often someone leaves a review (the case files are secured again for the rest).</summary>
    private const double LeaverShare = 0.05;

    private const string BusinessManager = "business-manager@board.example";

    private readonly BoardSteps steps = new(timing);

    /// <summary>The first things planned when the review arrives: its people.</summary>
    public void Arrived(SimulatedReview review, DateTimeOffset now)
    {
        book(review, timing.Shortly(now, 240), new BoardAction(BoardMove.AddMembers));
        if (timing.Chance(LeaverShare))
        {
            book(review, timing.WorkingDaysAfter(review.Referral.Nation, now, timing.Random.Next(5, 60)), new BoardAction(BoardMove.RemoveMember));
        }
    }

    /// <summary>Plans for every step that has opened since the last look.</summary>
    public void Plan(SimulatedReview review, IReadOnlyList<ScheduledStep> schedule, DateTimeOffset now)
    {
        foreach (var step in schedule.Where(s => s.Status == StepStatus.Open && !review.Planned.ContainsKey(s.Key)))
        {
            if (step.Definition.Completion == StepCompletion.NoticesSent && step.Definition.Notices.All(n => n.Send == NoticeSending.Automatic))
            {
                // The system sends these itself the moment the step opens.
                review.Planned[step.Key] = now;
                continue;
            }

            var extend = step.Definition.Repeat is null && step.Definition.Completion != StepCompletion.SignOff && timing.Chance(ExtensionShare);
            var at = extend ? timing.DoneBy(review.Referral.Nation, step.Due, now, onTime: 0.5) : timing.DoneBy(review.Referral.Nation, step.Due, now);
            Book(review, at, new BoardAction(extend ? BoardMove.AgreeExtension : step.Definition.Completion == StepCompletion.SignOff ? BoardMove.SignOff : BoardMove.DoStep, step.Key));
            if (step.Definition.Completion == StepCompletion.SignOff && review.State.ActionPlan is null
                && !review.Procedure.Steps.Any(s => s.Completion == StepCompletion.ActionPlanAgreed))
            {
                book(review, timing.WorkingDaysAfter(review.Referral.Nation, now, timing.Random.Next(1, 10)), new BoardAction(BoardMove.AgreeActionPlan));
            }
        }
    }

    /// <summary>The events for what a person does now; empty when there is nothing to do any more, or it has to wait.</summary>
    public IReadOnlyList<ReviewEvent> Act(SimulatedReview review, BoardAction action, DateTimeOffset now)
    {
        var state = review.State;
        var schedule = review.Schedule;
        var step = action.Step is null ? null : schedule.FirstOrDefault(s => s.Key == action.Step && s.Status == StepStatus.Open);
        switch (action.Move)
        {
            case BoardMove.AddMembers:
                return BoardPeople.Join(review, now, timing.Random);
            case BoardMove.RemoveMember:
                return state.Members.IsEmpty ? [] : [new MemberRemoved(now, state.Members[0].Email, state.Members[0].Role, BusinessManager)];
            case BoardMove.AgreeActionPlan:
                return state.ActionPlan is null ? AgreePlan(review, now) : [];
            case BoardMove.CompleteAction:
                return state.Actions.Any(a => a.Action.Id == action.Action && a.Status == ActionStatus.Open)
                    ? [new ActionUpdated(now, action.Action!, ActionStatus.Completed, BusinessManager, "done and evidenced")]
                    : [];
            case BoardMove.AgreeExtension when step is not null:
                var newDue = (step.Due.Day > Domain.Deadlines.UkTime.ToUkDate(now) ? step.Due.Day : Domain.Deadlines.UkTime.ToUkDate(now)).AddDays(timing.Random.Next(7, 43));
                Book(review, timing.DoneBy(review.Referral.Nation, Due.EndOfDay(newDue), now), new BoardAction(BoardMove.DoStep, step.Key));
                return [new ExtensionAgreed(now, step.Id, newDue, "more time agreed with the agencies", "board-chair@board.example")];
            case BoardMove.SignOff when step is not null:
                return SignOff(review, schedule, step, now);
            case BoardMove.DoStep when step is not null:
                if (WaitsFor(schedule, step) is { } before)
                {
                    // Done ahead of the step counted back from it, the other would lose its due date: wait for it.
                    Book(review, timing.WorkingDaysAfter(review.Referral.Nation, review.Planned[before.Key] > now ? review.Planned[before.Key] : now, 1), action);
                    return [];
                }

                return steps.Do(review, step, now, () => Book(review, timing.Shortly(now), action), AgreePlan);
            default:
                return [];
        }
    }

    private static ScheduledStep? WaitsFor(IReadOnlyList<ScheduledStep> schedule, ScheduledStep step) =>
        schedule.FirstOrDefault(s => s.Status == StepStatus.Open && s.Definition.Anchor == StepAnchor.Step(step.Id) && s.Definition.Deadline.Direction == DeadlineDirection.Before);

    private IReadOnlyList<ReviewEvent> SignOff(SimulatedReview review, IReadOnlyList<ScheduledStep> schedule, ScheduledStep step, DateTimeOffset now)
    {
        var state = review.State;
        var waiting = state.ActionPlan is null
            || state.Actions.Any(a => a.Status != ActionStatus.Completed)
            || schedule.Any(s => s.Key != step.Key && s.Definition.Repeat is null && !s.Definition.OutlastsSignOff && s.Status is StepStatus.Open or StepStatus.Pending);
        if (waiting)
        {
            Book(review, timing.WorkingDaysAfter(review.Referral.Nation, now, timing.Random.Next(2, 6)), new BoardAction(BoardMove.SignOff, step.Key));
            return [];
        }

        return [new ActionPlanSignedOff(now, $"{step.Definition.Owner}@board.example")];
    }

    /// <summary>The action plan: one to four actions, each due some months on, each completed around its date.</summary>
    private IReadOnlyList<ReviewEvent> AgreePlan(SimulatedReview review, DateTimeOffset now)
    {
        var today = Domain.Deadlines.UkTime.ToUkDate(now);
        var actions = Enumerable.Range(1, timing.Random.Next(1, 5))
            .Select(i => new PlannedAction($"a{i}", "Share the review's learning with the agencies' staff", "Board learning group", today.AddMonths(timing.Random.Next(1, 9)), "Audit shows the learning in use"))
            .ToList();
        foreach (var action in actions)
        {
            book(review, timing.DoneBy(review.Referral.Nation, Due.EndOfDay(action.Due), now, onTime: 0.9), new BoardAction(BoardMove.CompleteAction, Action: action.Id));
        }

        return [new ActionPlanAgreed(now, actions, "board-chair@board.example")];
    }

    private void Book(SimulatedReview review, DateTimeOffset at, BoardAction action)
    {
        if (action.Step is { } key)
        {
            review.Planned[key] = at;
        }

        book(review, at, action);
    }
}
