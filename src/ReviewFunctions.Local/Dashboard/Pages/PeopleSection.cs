using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>Who is on the review, and who the case-file folder was last read back as giving access to.</summary>
public static class PeopleSection
{
    public static void Write(HtmlBuilder html, ReviewPageModel model)
    {
        html.Add($"""<h2 id="members">Members and case files</h2>""");
        Members(html, model);
        CaseFiles(html, model);
    }

    private static void Members(HtmlBuilder html, ReviewPageModel model)
    {
        if (model.Review.Members.Count == 0)
        {
            html.Add($"<p>Nobody has been added to this review yet.</p>\n");
            return;
        }

        TableFrame.Open(html, "members-table", "Members", "table--small");
        html.Add($"""
            <thead><tr><th scope="col">Email address</th><th scope="col">Role</th><th scope="col">Added</th></tr></thead>
            <tbody>

            """);
        foreach (var member in model.Review.Members)
        {
            html.Add($"""<tr><th scope="row">{member.Email}</th><td>{Words.Role(model.Catalogue, member.Role)}</td><td>{UkDates.Recorded(member.AddedAt)}<br><span class="secondary-text">by {member.AddedBy}</span></td></tr>""");
            html.Add($"\n");
        }

        TableFrame.Close(html);
    }

    private static void CaseFiles(HtmlBuilder html, ReviewPageModel model)
    {
        html.Add($"""<h3 id="case-files">Access to the case files</h3>""");
        if (model.Review.CaseFiles is not { } files)
        {
            html.Add($"<p>The case-file folder has not been secured yet.</p>\n");
            return;
        }

        if (!files.UpToDate)
        {
            html.Add($"""<div class="warning"><p>The members have changed since the folder was last secured. Access is being brought up to date.</p></div>""");
        }

        html.Add($"""
            <dl class="summary-list">
            <div class="summary-list__row"><dt>Folder</dt><dd>{files.Folder}</dd></div>
            <div class="summary-list__row"><dt>Last secured</dt><dd>{UkDates.Recorded(files.SecuredAt)}</dd></div>
            <div class="summary-list__row"><dt>Who has access</dt><dd>{Access(files.Access)}</dd></div>
            </dl>

            """);
    }

    private static HtmlFragment Access(IReadOnlyList<string> access) => HtmlFragment.Of(html =>
    {
        if (access.Count == 0)
        {
            html.Add($"Nobody");
            return;
        }

        html.Add($"""<ul class="plain-list">""");
        foreach (var email in access)
        {
            html.Add($"<li>{email}</li>");
        }

        html.Add($"</ul>");
    });
}
