using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>Which steps a form offers: only those the engine would accept, so nobody is invited to record the impossible.</summary>
public static class StepChoices
{
    /// <summary>
    /// The steps a person can mark done now, mirroring the engine's own check: the decision, the action plan, the
    /// records decision and the sign-off have their own forms, the referral form is done by arriving, a recurring
    /// step offers its next occurrence, and a step of the review itself waits for the decision to hold one.
    /// </summary>
    public static IReadOnlyList<Choice> Completable(ReviewPageModel model)
    {
        if (model.Review.Finished || model.Procedure is not { } procedure)
        {
            return [];
        }

        var choices = new List<Choice>();
        foreach (var occurrences in model.Review.Steps.GroupBy(s => s.Id))
        {
            var definition = procedure.FindStep(occurrences.Key);
            if (definition is null || definition.Completion is StepCompletion.Decision or StepCompletion.SignOff or StepCompletion.RecordsDecided or StepCompletion.ActionPlanAgreed or StepCompletion.ReferralReceived)
            {
                continue;
            }

            var next = occurrences.FirstOrDefault(s => s.Status != "done");
            if (next is null || next.Status == "waived" || (next.Status == "pending" && next.Phase != "referral" && !model.ReviewHeld))
            {
                continue;
            }

            var number = next.Occurrence is { } n ? $" (number {n})" : string.Empty;
            choices.Add(new Choice(next.Id, $"{next.Title}{number}, due {UkDates.Due(next.Due)}"));
        }

        return choices;
    }

    /// <summary>Single deadlines that have not passed into done or not needed: the ones an extension can move.</summary>
    public static IReadOnlyList<Choice> Extendable(ReviewPageModel model) =>
        model.Review.Finished
            ? []
            : [.. model.Review.Steps
                .Where(s => s.Occurrence is null && s.Status is "open" or "overdue" or "pending")
                .Select(s => new Choice(s.Id, $"{s.Title}, due {UkDates.Due(s.Due)}"))];
}
