using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>
/// Adds a member to the review: they are told of their steps, and given access to the case files. Only an
/// administrator may let in an address outside the partnership, and only with a reason, kept in the history.
/// </summary>
public sealed class MemberAddForm : IReviewForm
{
    private static readonly Field Email = new("member-email", "email", "Email address", "Their work email address. They get access to the review's case files.");
    private static readonly Field Role = new("member-role", "role", "Role in this review");
    private static readonly Field Justification = FormFrame.Justification(
        "member",
        "Reason for letting someone outside the partnership in (optional)",
        "Only for an address outside the partnership's email domains, which only an administrator can add. It is kept in the review's history.");

    public string Name => "members";

    public string Done => "The member has been added. Their access to the case files is being set up.";

    public bool Applies(ReviewPageModel model) =>
        !model.Review.Finished && model.May(new MemberAdded(model.Clock.Now, string.Empty, string.Empty, string.Empty));

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
                [Justification.Name] = values.Trimmed(Justification.Name),
            });
    }

    public string FieldFor(string problem, FormValues values) =>
        FormFrame.FieldFor(problem, Email.Id, ("not a review role", Role.Id), ("'justification'", Justification.Id));

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        var roles = model.Catalogue.Roles.Values.Select(r => new Choice(r.Id, Words.ShortRole(r))).ToList();
        FormFrame.Write(html, model, this, "Add a member", null, h =>
        {
            Fields.Text(h, Email, values.Get(Email.Name), model.ErrorFor(Name, Email.Id), type: "email", autocomplete: "off");
            Fields.Select(h, Role, roles, values.Get(Role.Name), model.ErrorFor(Name, Role.Id), "Choose a role");
            Fields.TextArea(h, Justification, values.Get(Justification.Name), model.ErrorFor(Name, Justification.Id), rows: 2);
        }, "Add the member");
    }
}
