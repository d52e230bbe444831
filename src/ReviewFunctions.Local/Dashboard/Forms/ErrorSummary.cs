using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>
/// The GOV.UK "There is a problem" box at the top of the page, each problem linking to its field. It takes focus when
/// the page loads (autofocus, so no script is needed) and a screen reader reads it out first.
/// </summary>
public static class ErrorSummary
{
    public static HtmlFragment Of(IReadOnlyList<FieldError> errors) => HtmlFragment.Of(html =>
    {
        if (errors.Count == 0)
        {
            return;
        }

        html.Add($"""
            <div class="error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1" autofocus>
            <h2 class="error-summary__title" id="error-summary-title">There is a problem</h2>
            <ul>
            """);
        foreach (var error in errors)
        {
            html.Add($"""<li><a href="#{error.FieldId}">{error.Message}</a></li>""");
        }

        html.Add($"</ul>\n</div>\n");
    });
}
