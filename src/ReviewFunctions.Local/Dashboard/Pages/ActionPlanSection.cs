using System.Globalization;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>The agreed action plan: each SMART action and how far it has got.</summary>
public static class ActionPlanSection
{
    public static void Write(HtmlBuilder html, ReviewPageModel model)
    {
        html.Add($"""<h2 id="action-plan">Action plan</h2>""");
        if (model.Review.Actions.Count == 0)
        {
            if (model.ReviewHeld)
            {
                html.Add($"<p>No action plan has been agreed yet.</p>\n");
            }
            else
            {
                html.Add($"<p>An action plan follows a review. It can be agreed once the Board has decided to hold one.</p>\n");
            }

            return;
        }

        TableFrame.Open(html, "actions-table", "Actions", "table--small", captionVisible: false);
        html.Add($"""
            <thead><tr><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Done by</th><th scope="col">What will show it worked</th><th scope="col">Status</th></tr></thead>
            <tbody>

            """);
        foreach (var action in model.Review.Actions)
        {
            var due = DateOnly.ParseExact(action.Due, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            html.Add($"""
                <tr><th scope="row">{action.Id}: {action.Action}</th><td>{action.Owner}</td><td>{UkDates.Day(due)}</td><td>{action.Outcome}</td><td>{Status(action.Status, action.LastNote)}</td></tr>

                """);
        }

        TableFrame.Close(html);
    }

    private static HtmlFragment Status(string status, string? note) => HtmlFragment.Of(html =>
    {
        if (status == "completed")
        {
            html.Add($"""<strong class="tag tag--green">Complete</strong>""");
        }
        else
        {
            html.Add($"""<strong class="tag">Open</strong>""");
        }

        if (note is not null)
        {
            html.Add($"""<br><span class="secondary-text">{note}</span>""");
        }
    });
}
