using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>A review's summary, as its orchestration reports it, in the words the people running reviews use.</summary>
public static class ReviewSummaryText
{
    public static HtmlFragment Of(ReviewSummary? summary, ProcedureCatalogue catalogue) => HtmlFragment.Of(html =>
    {
        if (summary is null)
        {
            html.Add($"""<span class="secondary-text">Not reported yet</span>""");
            return;
        }

        html.Add($"""<ul class="plain-list"><li>{Words.Stage(summary.Stage)}</li><li>Next due: {NextDue(summary, catalogue)}</li><li>Overdue: {Overdue(summary.OverdueCount)}</li><li>Last notice: {(summary.LastNotice is null ? "None yet" : Words.Sentence(summary.LastNotice))}</li>""");
        if (summary.Problems > 0)
        {
            html.Add($"""<li class="overdue-text">Notices not delivered to everyone: {summary.Problems}</li>""");
        }

        html.Add($"</ul>");
    });

    private static HtmlFragment NextDue(ReviewSummary summary, ProcedureCatalogue catalogue) => HtmlFragment.Of(html =>
    {
        if (summary.NextDueStep is null || summary.NextDue is null)
        {
            html.Add($"{(summary.Finished ? "nothing, the review has finished" : "nothing open")}");
            return;
        }

        html.Add($"{Words.StepTitle(catalogue, summary.Kind, summary.NextDueStep)}, {UkDates.Due(summary.NextDue)}");
    });

    private static HtmlFragment Overdue(int count) => HtmlFragment.Of(html =>
    {
        if (count > 0)
        {
            html.Add($"""<strong class="tag tag--red">{count} overdue</strong>""");
        }
        else
        {
            html.Add($"none");
        }
    });
}
