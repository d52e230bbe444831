using System.Text.Json.Nodes;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>Adds a member to the review: they are told of their steps, and given access to the case files.</summary>
public sealed class MemberAddForm : IReviewForm
{
    private static readonly Field Email = new("member-email", "email", "Email address", "Their work email address. They get access to the review's case files.");
    private static readonly Field Role = new("member-role", "role", "Role in this review");
    private static readonly Field By = FormFrame.By("member");

    public string Name => "members";

    public string Done => "The member has been added. Their access to the case files is being set up.";

    public bool Applies(ReviewPageModel model) => !model.Review.Finished;

    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        var role = values.Trimmed(Role.Name);
        return role is null
            ? FormReading.Problems(new FieldError(Role.Id, "Select the member's role in this review"))
            : FormReading.Of(new JsonObject
            {
                ["type"] = "member-added",
                ["email"] = values.Get(Email.Name).Trim(),
                ["role"] = role,
                ["by"] = values.Get(By.Name).Trim(),
            });
    }

    public string FieldFor(string problem, FormValues values) =>
        FormFrame.FieldFor(problem, Email.Id, ("'by'", By.Id), ("not a review role", Role.Id));

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        var roles = model.Catalogue.Roles.Values.Select(r => new Choice(r.Id, Words.ShortRole(r))).ToList();
        FormFrame.Write(html, model, this, "Add a member", null, h =>
        {
            Fields.Text(h, Email, values.Get(Email.Name), model.ErrorFor(Name, Email.Id), type: "email", autocomplete: "off");
            Fields.Select(h, Role, roles, values.Get(Role.Name), model.ErrorFor(Name, Role.Id), "Choose a role");
            Fields.Text(h, By, values.Get(By.Name), model.ErrorFor(Name, By.Id), autocomplete: "email");
        }, "Add the member");
    }
}
