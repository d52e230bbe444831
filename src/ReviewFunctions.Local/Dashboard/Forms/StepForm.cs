using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>
/// A person marks a step done, with a note of what was done. Each person is offered the steps their role owns; the
/// Board's chair and business manager may record anyone's, giving the reason they do it on that person's behalf.
/// </summary>
public sealed class StepForm : IReviewForm
{
    /// <summary>Stands in for a reason when asking whether a step could be recorded on someone's behalf at all.</summary>
    private const string AnyReason = "on their behalf";

    private static readonly Field Step = new("step-step", "step", "Step you have done", "Only the steps you can record now are listed.");
    private static readonly Field Note = new("step-note", "note", "Note (optional)", "For example, what was sent or agreed. Do not name the child or family.");
    private static readonly Field Justification = FormFrame.Justification(
        "step",
        "Reason for recording this on someone else's behalf (optional)",
        "Only when the step belongs to another role. It is kept with the step in the review's history.");

    public string Name => "steps";

    public string Done => "The step has been recorded as done.";

    public bool Applies(ReviewPageModel model) => Offered(model).Count > 0;

    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        var step = values.Trimmed(Step.Name);
        if (step is null)
        {
            return FormReading.Problems(new FieldError(Step.Id, "Select the step you have done"));
        }

        return FormReading.Of(new JsonObject
        {
            ["type"] = "step-completed",
            ["step"] = step,
            ["note"] = values.Trimmed(Note.Name),
            [Justification.Name] = values.Trimmed(Justification.Name),
        });
    }

    public string FieldFor(string problem, FormValues values) => FormFrame.FieldFor(problem, Step.Id, ("'justification'", Justification.Id));

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        var offered = Offered(model);
        FormFrame.Write(html, model, this, "Record a step as done", null, h =>
        {
            Fields.Select(h, Step, [.. offered.Select(o => o.Choice)], values.Get(Step.Name), model.ErrorFor(Name, Step.Id), "Choose a step");
            Fields.TextArea(h, Note, values.Get(Note.Name), model.ErrorFor(Name, Note.Id), rows: 3);
            if (offered.Any(o => !o.Theirs) || model.ErrorFor(Name, Justification.Id) is not null)
            {
                Fields.TextArea(h, Justification, values.Get(Justification.Name), model.ErrorFor(Name, Justification.Id), rows: 2);
            }
        }, "Record the step as done");
    }

    /// <summary>The steps that can be recorded now which the visitor may record: as their own, or for someone else.</summary>
    private static List<(Choice Choice, bool Theirs)> Offered(ReviewPageModel model) =>
    [
        .. StepChoices.Completable(model)
            .Select(c => (Choice: c, Probe: new StepCompleted(model.Clock.Now, c.Value, string.Empty)))
            .Select(c => (c.Choice, Theirs: model.May(c.Probe), ForSomeone: model.May(c.Probe, AnyReason)))
            .Where(c => c.Theirs || c.ForSomeone)
            .Select(c => (c.Choice, c.Theirs)),
    ];
}
