using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>Takes a member off the review, which also takes away their access to the case files.</summary>
public sealed class MemberRemoveForm : IReviewForm
{
    private static readonly Field Member = new("removal-member", "member", "Member to remove");

    public string Name => "member-removal";

    public string Done => "The member has been removed. Their access to the case files is being taken away.";

    public bool Applies(ReviewPageModel model) =>
        !model.Review.Finished && model.Review.Members.Count > 0 && model.May(new MemberRemoved(model.Clock.Now, string.Empty, string.Empty, string.Empty));

    /// <summary>The choice names the role and the address, not a position in the list, which may have changed since the page was shown.</summary>
    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        var member = values.Trimmed(Member.Name)?.Split(' ', 2);
        return member is not { Length: 2 }
            ? FormReading.Problems(new FieldError(Member.Id, "Select the member to remove"))
            : FormReading.Of(new JsonObject
            {
                ["type"] = "member-removed",
                ["email"] = member[1],
                ["role"] = member[0],
            });
    }

    public string FieldFor(string problem, FormValues values) => Member.Id;

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        var members = model.Review.Members.Select(m => new Choice($"{m.Role} {m.Email}", $"{m.Email} ({Words.Role(model.Catalogue, m.Role)})")).ToList();
        FormFrame.Write(html, model, this, "Remove a member", null, h =>
        {
            Fields.Select(h, Member, members, values.Get(Member.Name), model.ErrorFor(Name, Member.Id), "Choose a member");
        }, "Remove the member", "button--warning");
    }
}
