using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>A page that says plainly what went wrong and what to do next.</summary>
public static class ErrorPage
{
    public static string Render(ClockView clock, Visitor visitor, string title, string message, string? next = null)
    {
        var html = new HtmlBuilder();
        html.Add($"<h1>{title}</h1>\n<p>{message}</p>\n");
        if (next is not null)
        {
            html.Add($"<p>{next}</p>\n");
        }

        html.Add($"""<p><a href="{DashboardPaths.Home}">Go to all reviews</a></p>""");
        return Layout.Page(new PageShell(title, clock, visitor, [new Crumb("All reviews", DashboardPaths.Home), new Crumb(title, null)]), html.ToFragment());
    }
}
