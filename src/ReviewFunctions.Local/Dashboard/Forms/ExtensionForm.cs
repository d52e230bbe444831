using System.Globalization;
using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>A new due date agreed for one step, with the reason that is reported alongside it.</summary>
public sealed class ExtensionForm : IReviewForm
{
    private static readonly Field Step = new("extension-step", "step", "Step to extend");
    private static readonly Field NewDue = new("extension-new-due", "newDue", "New due date", "For example, 27 3 2027. It must be after the current due date.");
    private static readonly Field Reason = new("extension-reason", "reason", "Reason for the extension", "The reason is reported with the new date.");

    public string Name => "extensions";

    public string Done => "The extension has been recorded and the new date applies.";

    public bool Applies(ReviewPageModel model) =>
        StepChoices.Extendable(model).Count > 0 && model.May(new ExtensionAgreed(model.Clock.Now, PersonEvents.DefaultExtensionStep, DateOnly.MaxValue, string.Empty, string.Empty));

    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        var step = values.Trimmed(Step.Name);
        var (newDue, dateProblem) = DateReading.Read(values, NewDue.Name, "the new due date");
        var problems = new List<FieldError>();
        if (step is null)
        {
            problems.Add(new FieldError(Step.Id, "Select the step to extend"));
        }

        if (dateProblem is not null)
        {
            problems.Add(new FieldError(Fields.DayId(NewDue), dateProblem));
        }

        return problems.Count > 0
            ? new FormReading(null, problems)
            : FormReading.Of(new JsonObject
            {
                ["type"] = "extension-agreed",
                ["step"] = step,
                ["newDue"] = newDue!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["reason"] = values.Get(Reason.Name).Trim(),
            });
    }

    public string FieldFor(string problem, FormValues values) =>
        FormFrame.FieldFor(problem, Step.Id, ("reason", Reason.Id), ("date", Fields.DayId(NewDue)));

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        var selected = model.Posted?.Form == Name
            ? values.Get(Step.Name)
            : StepChoices.Extendable(model).Any(c => c.Value == "review-complete") ? "review-complete" : string.Empty;
        FormFrame.Write(html, model, this, "Agree an extension", null, h =>
        {
            Fields.Select(h, Step, StepChoices.Extendable(model), selected, model.ErrorFor(Name, Step.Id), "Choose a step");
            Fields.Date(h, NewDue, values, model.ErrorFor(Name, Fields.DayId(NewDue)));
            Fields.TextArea(h, Reason, values.Get(Reason.Name), model.ErrorFor(Name, Reason.Id), rows: 3);
        }, "Agree the extension");
    }
}
