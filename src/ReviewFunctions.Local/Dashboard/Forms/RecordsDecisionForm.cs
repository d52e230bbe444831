using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>The end-of-review decision whether the review's records stay locked, and why, or are released.</summary>
public sealed class RecordsDecisionForm : IReviewForm
{
    private static readonly Field Keep = new("records-keep", "keep", "What happens to the review's records?");
    private static readonly Field Reason = new("records-reason", "reason", "Why do they stay locked?", "Only needed if they stay locked.");
    private static readonly Field Note = new("records-note", "note", "Note (needed for another reason)", "Do not name the child or family.");

    private static readonly Choice[] Choices = [new("true", "They stay locked"), new("false", "Release them (they keep their retention label)")];

    private static readonly Choice[] Reasons =
    [
        new("criminal-proceedings", "Criminal proceedings"),
        new("disciplinary", "Disciplinary proceedings"),
        new("inquiry", "An inquiry"),
        new("other", "Another reason"),
    ];

    public string Name => "records";

    public string Done => "The decision about the records has been recorded.";

    public bool Applies(ReviewPageModel model) =>
        !model.Review.Finished && model.Procedure is { } procedure
        && model.Review.Steps.Any(s => s.Status is "open" or "overdue" && procedure.FindStep(s.Id)?.Completion == StepCompletion.RecordsDecided)
        && model.May(new RecordsStatusDecided(model.Clock.Now, false, string.Empty));

    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        var keep = values.Trimmed(Keep.Name);
        if (keep is not ("true" or "false"))
        {
            return FormReading.Problems(new FieldError(Keep.Id, "Select whether the records stay locked or are released"));
        }

        return FormReading.Of(new JsonObject
        {
            ["type"] = "records-status-decided",
            ["keep"] = keep == "true",
            ["reason"] = keep == "true" ? values.Trimmed(Reason.Name) : null,
            ["note"] = values.Trimmed(Note.Name),
        });
    }

    public string FieldFor(string problem, FormValues values) =>
        FormFrame.FieldFor(problem, Keep.Id, ("needs a reason", Reason.Id), ("'note'", Note.Id));

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        FormFrame.Write(html, model, this, "Decide what happens to the records", "Records are kept for 35 years either way; released records are no longer locked.", h =>
        {
            Fields.Radios(h, Keep, Choices, values.Get(Keep.Name), model.ErrorFor(Name, Keep.Id));
            Fields.Select(h, Reason, Reasons, values.Get(Reason.Name), model.ErrorFor(Name, Reason.Id), "Choose a reason");
            Fields.TextArea(h, Note, values.Get(Note.Name), model.ErrorFor(Name, Note.Id), rows: 2);
        }, "Record the decision about the records");
    }
}
