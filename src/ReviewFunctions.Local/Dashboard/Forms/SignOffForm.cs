using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>The Board signs off the action plan: the last step, which ends the review.</summary>
public sealed class SignOffForm : IReviewForm
{
    public string Name => "sign-off";

    public string Done => "The action plan has been signed off.";

    public bool Applies(ReviewPageModel model) =>
        !model.Review.Finished && model.Review.Actions.Count > 0 && model.May(new ActionPlanSignedOff(model.Clock.Now, string.Empty));

    public FormReading Read(FormValues values, ReviewPageModel model) =>
        FormReading.Of(new JsonObject { ["type"] = "action-plan-signed-off" });

    /// <summary>The form has nothing to fill in: a refusal is about the form as a whole.</summary>
    public string FieldFor(string problem, FormValues values) => FormFrame.Whole(this);

    public void Render(HtmlBuilder html, ReviewPageModel model) =>
        FormFrame.Write(
            html,
            model,
            this,
            "Sign off the action plan",
            "The Board signs off the plan once every action is complete and every step is done. This ends the review, unless its published report is still online: then the review runs on only until the report is taken down.",
            _ => { },
            "Sign off the action plan");
}
