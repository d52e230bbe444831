using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// "Are you sure?" before an action on a review's orchestration: what it is now, what the action means for the review,
/// and why the administrator is taking it, which is kept in the orchestration's history.
/// </summary>
public static class OrchestrationConfirmPage
{
    public static string Render(OrchestrationConfirmModel model)
    {
        var action = model.Action;
        var orchestration = model.Row.Orchestration;
        var reference = orchestration.InstanceId;
        var html = new HtmlBuilder();
        html.Add(ErrorSummary.Of(model.Errors));
        html.Add($"""
            <h1><span class="caption">{action.Title} an orchestration</span>Are you sure you want to {action.Name} the orchestration of <span class="nowrap">{reference}</span>?</h1>
            <dl class="summary-list">
            <div class="summary-list__row"><dt>Review</dt><dd><a href="{DashboardPaths.Review(reference)}">{reference}</a>{Kind(model)}</dd></div>
            <div class="summary-list__row"><dt>Runtime status</dt><dd>{OrchestrationsPage.Status(orchestration)}</dd></div>
            <div class="summary-list__row"><dt>What the review last reported</dt><dd>{ReviewSummaryText.Of(model.Row.Summary, model.Catalogue)}</dd></div>
            <div class="summary-list__row"><dt>Last updated</dt><dd>{UkDates.DayAndTime(orchestration.LastUpdatedTime)}</dd></div>
            </dl>
            <div class="warning"><p>{action.Consequence}</p></div>
            <form method="post" action="{DashboardPaths.OrchestrationActionConfirmed(reference, action.Name)}" novalidate>
            """);
        Fields.Token(html, model.Token);
        Fields.TextArea(html, action.Reason, model.Values.Get(action.Reason.Name), model.Errors.FirstOrDefault(e => e.FieldId == action.Reason.Id)?.Message, rows: 3);
        Fields.Button(html, action.ConfirmButton, "button--warning");
        html.Add($"""<p><a href="{DashboardPaths.Orchestrations}">No, go back to the orchestrations</a></p>""");
        html.Add($"</form>\n");
        return Layout.Page(
            new PageShell(
                $"{action.Title} the orchestration of {reference}",
                model.Clock,
                model.Visitor,
                [new Crumb("All reviews", DashboardPaths.Home), new Crumb("Orchestrations", DashboardPaths.Orchestrations), new Crumb($"{action.Title} {reference}", null)],
                model.Errors.Count > 0),
            html.ToFragment());
    }

    private static HtmlFragment Kind(OrchestrationConfirmModel model) => HtmlFragment.Of(html =>
    {
        if (model.Row.Summary is { } summary)
        {
            html.Add($", {Words.KindTitle(model.Catalogue, summary.Kind)}");
        }
    });
}
