using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>The Board's decision whether to hold a review, and of which kind: this is what opens the review's own steps.</summary>
public sealed class DecisionForm : IReviewForm
{
    private static readonly Field Outcome = new("decision-outcome", "outcome", "What did the Board decide?");
    private static readonly Field Kind = new("decision-kind", "kind", "Kind of review", "Only the kinds held in this review's nation are listed.");
    private static readonly Field Reasons = new("decision-reasons", "reasons", "Reasons for the decision", "These are reported with the decision. Do not name the child or family.");

    private static readonly Choice[] Outcomes = [new("review", "Hold a review"), new("no-review", "Do not hold a review")];

    public string Name => "decision";

    public string Done => "The decision has been recorded.";

    public bool Applies(ReviewPageModel model) =>
        model.Review.Decision is null && !model.Review.Finished && model.May(new DecisionRecorded(model.Clock.Now, DecisionOutcome.Review, model.Review.Kind, string.Empty, string.Empty));

    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        var outcome = values.Trimmed(Outcome.Name);
        if (outcome is not ("review" or "no-review"))
        {
            return FormReading.Problems(new FieldError(Outcome.Id, "Select whether the Board decided to hold a review"));
        }

        return FormReading.Of(new JsonObject
        {
            ["type"] = "decision-recorded",
            ["outcome"] = outcome,
            ["kind"] = values.Trimmed(Kind.Name) ?? model.Review.Kind,
            ["reasons"] = values.Get(Reasons.Name).Trim(),
        });
    }

    public string FieldFor(string problem, FormValues values) =>
        FormFrame.FieldFor(problem, Outcome.Id, ("reasons", Reasons.Id), ("kind", Kind.Id), ("is not held in", Kind.Id));

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        var kinds = NationNames.TryParse(model.Review.Nation, out var nation)
            ? model.Catalogue.All.Where(p => p.Nations.Contains(nation)).Select(p => new Choice(p.Kind, p.Title)).ToList()
            : [];
        FormFrame.Write(html, model, this, "Record the decision", "Until the decision is recorded, the review's own steps wait and their dates are estimates.", h =>
        {
            Fields.Radios(h, Outcome, Outcomes, values.Get(Outcome.Name), model.ErrorFor(Name, Outcome.Id));
            Fields.Select(h, Kind, kinds, model.Posted?.Form == Name ? values.Get(Kind.Name) : model.Review.Kind, model.ErrorFor(Name, Kind.Id));
            Fields.TextArea(h, Reasons, values.Get(Reasons.Name), model.ErrorFor(Name, Reasons.Id));
        }, "Record the decision");
    }
}
