using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>A Board's timetable for a review before it starts: every step with the date it falls due.</summary>
public sealed record ReviewPlan(string Kind, Nation Nation, IReadOnlyList<PlannedStep> Steps);

public sealed record PlannedStep(string Id, int Occurrence, string Title, string Owner, StepPhase Phase, Due Due, string Rule, string Source, Confidence Confidence, bool Projected);

/// <summary>Plans a review from its known dates; unknown anchors are assumed to happen on their own due dates.</summary>
public sealed class ReviewPlanner(ReviewEngine engine)
{
    private const string PlanReference = "PLAN";

    public (ReviewPlan? Plan, string? Problem) Plan(string kind, Nation nation, DateOnly referralReceived, DateOnly? decision = null, DateOnly? incident = null, DateOnly? awareness = null)
    {
        if (incident > referralReceived)
        {
            return (null, $"the incident ({incident:yyyy-MM-dd}) cannot be after the referral was received ({referralReceived:yyyy-MM-dd})");
        }

        if (decision < referralReceived)
        {
            return (null, $"the decision ({decision:yyyy-MM-dd}) cannot be before the referral was received ({referralReceived:yyyy-MM-dd})");
        }

        var received = UkTime.StartOfDay(referralReceived);
        var (state, rejection) = engine.Start(new ReferralReceived(received, PlanReference, kind, nation, incident, awareness, [], "plan"));
        if (state is null)
        {
            return (null, rejection!.Message);
        }

        if (decision is { } decided)
        {
            state = engine.Evolve(state, new DecisionRecorded(UkTime.StartOfDay(decided), DecisionOutcome.Review, kind, "planned", "plan"));
        }

        var steps = engine.Schedule(state, projectRepeats: true)
            .Where(s => s.Status != StepStatus.Waived)
            .Select(s => new PlannedStep(s.Id, s.Occurrence, s.Definition.Title, s.Definition.Owner, s.Definition.Phase, s.Due, s.Rule, s.Definition.Source, s.Definition.Confidence, s.Status != StepStatus.Done && s.DueIsProjected))
            .ToList();
        return (new ReviewPlan(kind, nation, steps), null);
    }
}
