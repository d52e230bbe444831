using System.Text.Json.Nodes;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>The Board signs off the action plan: the last step, which ends the review.</summary>
public sealed class SignOffForm : IReviewForm
{
    private static readonly Field By = FormFrame.By("signoff");

    public string Name => "sign-off";

    public string Done => "The action plan has been signed off. The review has finished.";

    public bool Applies(ReviewPageModel model) => !model.Review.Finished && model.Review.Actions.Count > 0;

    public FormReading Read(FormValues values, ReviewPageModel model) =>
        FormReading.Of(new JsonObject { ["type"] = "action-plan-signed-off", ["by"] = values.Get(By.Name).Trim() });

    public string FieldFor(string problem, FormValues values) => By.Id;

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        FormFrame.Write(
            html,
            model,
            this,
            "Sign off the action plan",
            "The Board signs off the plan once every action is complete and every step is done. This ends the review: nothing more can be recorded on it.",
            h => Fields.Text(h, By, values.Get(By.Name), model.ErrorFor(Name, By.Id), autocomplete: "email"),
            "Sign off the action plan");
    }
}
