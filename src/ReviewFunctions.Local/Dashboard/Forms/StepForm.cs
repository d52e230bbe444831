using System.Text.Json.Nodes;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>A person marks a step done, with a note of what was done.</summary>
public sealed class StepForm : IReviewForm
{
    private static readonly Field Step = new("step-step", "step", "Step you have done", "Only the steps that can be recorded now are listed.");
    private static readonly Field Note = new("step-note", "note", "Note (optional)", "For example, what was sent or agreed. Do not name the child or family.");
    private static readonly Field By = FormFrame.By("step");

    public string Name => "steps";

    public string Done => "The step has been recorded as done.";

    public bool Applies(ReviewPageModel model) => StepChoices.Completable(model).Count > 0;

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
            ["by"] = values.Get(By.Name).Trim(),
            ["note"] = values.Trimmed(Note.Name),
        });
    }

    public string FieldFor(string problem, FormValues values) => FormFrame.FieldFor(problem, Step.Id, ("'by'", By.Id));

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        FormFrame.Write(html, model, this, "Record a step as done", null, h =>
        {
            Fields.Select(h, Step, StepChoices.Completable(model), values.Get(Step.Name), model.ErrorFor(Name, Step.Id), "Choose a step");
            Fields.TextArea(h, Note, values.Get(Note.Name), model.ErrorFor(Name, Note.Id), rows: 3);
            Fields.Text(h, By, values.Get(By.Name), model.ErrorFor(Name, By.Id), autocomplete: "email");
        }, "Record the step as done");
    }
}
