using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// For administrators: every review's Durable orchestration as the engine sees it, what the review last reported, and
/// the actions the engine allows on it (terminate a running one, rewind a failed one), each behind a confirmation.
/// </summary>
public static class OrchestrationsPage
{
    public const string Title = "Review orchestrations";

    public static readonly Field StatusFilter = new("status", "status", "Runtime status");

    public static string Render(OrchestrationsModel model)
    {
        var html = new HtmlBuilder();
        html.Add(ErrorSummary.Of(model.Errors));
        if (model.Done is { } done)
        {
            html.Add($"""
                <div class="banner" role="alert" aria-labelledby="banner-title">
                <h2 class="banner__title" id="banner-title">Success</h2>
                <div class="banner__content"><p>{done}</p></div>
                </div>

                """);
        }

        html.Add($"""
            <h1>{Title}</h1>
            <p>Each review runs as a Durable orchestration named <code>ReviewOrchestrator</code>, its instance id the review's reference. This is what the engine knows of each: its runtime status, what the review last reported, and when it started and last changed.</p>

            """);
        if (model.Clock.IsVirtual)
        {
            html.Add($"<p>The engine records times by this computer's own clock, not the practice clock.</p>\n");
        }

        Filter(html, model);
        Orchestrations(html, model);
        return Layout.Page(
            new PageShell(Title, model.Clock, model.Visitor, [new Crumb("All reviews", DashboardPaths.Home), new Crumb("Orchestrations", null)], model.Errors.Count > 0, DashboardPaths.Orchestrations),
            html.ToFragment());
    }

    private static void Filter(HtmlBuilder html, OrchestrationsModel model)
    {
        var choices = Enum.GetValues<ReviewRuntimeStatus>().Select(s => new Choice(s.ToString(), RuntimeStatusTag.Words(s))).ToList();
        html.Add($"""<form method="get" action="{DashboardPaths.Orchestrations}">""");
        Fields.Select(html, StatusFilter, choices, model.Status?.ToString() ?? string.Empty, model.Errors.Count > 0 ? model.Errors[0].Message : null, "All statuses");
        Fields.Button(html, "Show orchestrations", "button--secondary");
        html.Add($"</form>\n");
    }

    private static void Orchestrations(HtmlBuilder html, OrchestrationsModel model)
    {
        var which = model.Status is { } status ? $" with the status {RuntimeStatusTag.Words(status)}" : string.Empty;
        if (model.Orchestrations.Count == 0)
        {
            html.Add($"<p>There are no review orchestrations{which}.</p>\n");
            return;
        }

        html.Add($"""<p>{(model.Orchestrations.Count == 1 ? "1 orchestration" : $"{model.Orchestrations.Count} orchestrations")}{which}.</p>""");
        TableFrame.Open(html, "orchestrations-table", "Review orchestrations" + which, "table--small table--fixed");
        html.Add($"""
            <thead><tr><th scope="col" class="w-15">Review</th><th scope="col" class="w-18">Runtime status</th><th scope="col" class="w-30">What the review last reported</th><th scope="col" class="w-12">Created</th><th scope="col" class="w-12">Last updated</th><th scope="col" class="w-12">Action</th></tr></thead>
            <tbody>

            """);
        foreach (var row in model.Orchestrations)
        {
            Row(html, model, row);
        }

        TableFrame.Close(html);
    }

    private static void Row(HtmlBuilder html, OrchestrationsModel model, OrchestrationRow row)
    {
        var orchestration = row.Orchestration;
        html.Add($"""
            <tr>
            <th scope="row" class="nowrap"><a href="{DashboardPaths.Review(orchestration.InstanceId)}">{orchestration.InstanceId}</a></th>
            <td>{Status(orchestration)}</td>
            <td>{ReviewSummaryText.Of(row.Summary, model.Catalogue)}</td>
            <td>{UkDates.DayAndTime(orchestration.CreatedTime)}</td>
            <td>{UkDates.DayAndTime(orchestration.LastUpdatedTime)}</td>
            <td>{Actions(model, orchestration)}</td>
            </tr>

            """);
    }

    internal static HtmlFragment Status(ReviewOrchestration orchestration) => HtmlFragment.Of(html =>
    {
        html.Add(RuntimeStatusTag.Of(orchestration.RuntimeStatus));
        if (orchestration.Failure is { } failure)
        {
            html.Add($"""<p class="failure">{failure.ErrorMessage}</p>""");
            if (failure.ErrorType.Length > 0)
            {
                html.Add($"""<p class="failure"><code>{failure.ErrorType}</code></p>""");
            }
        }
    });

    private static HtmlFragment Actions(OrchestrationsModel model, ReviewOrchestration orchestration) => HtmlFragment.Of(html =>
    {
        var actions = OrchestrationAction.All.Where(a => a.Applies(orchestration)).ToList();
        if (actions.Count > 0 && !(model.Visitor.Caller is { } caller && LocalRouteAccess.OrchestrationAction.Allows(caller)))
        {
            html.Add($"""<span class="secondary-text">Administrators only</span>""");
            return;
        }

        if (actions.Count == 0)
        {
            html.Add($"""<span class="secondary-text">None</span>""");
            return;
        }

        foreach (var action in actions)
        {
            html.Add($"""<form class="table-form" method="post" action="{DashboardPaths.OrchestrationAction(orchestration.InstanceId, action.Name)}">""");
            Fields.Token(html, model.Token);
            html.Add($"""<button type="submit" class="button button--secondary">{action.Title}<span class="visually-hidden"> the orchestration of {orchestration.InstanceId}</span></button></form>""");
        }
    });
}
