using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// The page around every screen: a skip link first, then landmarks a screen reader can jump between (header, nav,
/// main, footer), one style sheet and no script. The header says who the pages act as, on every page, because
/// everything recorded here is kept in that person's name.
/// </summary>
public static class Layout
{
    public static string Page(PageShell shell, HtmlFragment main)
    {
        var html = new HtmlBuilder();
        var title = (shell.HasErrors ? "Error: " : string.Empty) + shell.Title + " – ReviewFunctions";
        html.Add($"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            <link rel="stylesheet" href="{DashboardPaths.StyleSheet}">
            </head>
            <body>
            <a href="#main" class="skip-link">Skip to main content</a>
            <header class="header">
            <div class="header__bar"><div class="width"><a class="header__name" href="/">ReviewFunctions</a> <span class="header__service">Statutory case reviews</span>
            {Navigation(shell)}</div></div>
            <div class="clock-bar"><div class="width"><p>{Clock(shell.Clock)}</p>{SignedIn(shell)}</div></div>
            </header>
            <div class="width page-body">

            """);
        if (shell.Breadcrumbs.Count > 0)
        {
            html.Add($"""<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>""");
            foreach (var crumb in shell.Breadcrumbs)
            {
                if (crumb.Href is null)
                {
                    html.Add($"""<li aria-current="page">{crumb.Text}</li>""");
                }
                else
                {
                    html.Add($"""<li><a href="{crumb.Href}">{crumb.Text}</a></li>""");
                }
            }

            html.Add($"</ol></nav>\n");
        }

        html.Add($"""
            <main id="main" tabindex="-1">
            {main}
            </main>
            </div>
            <footer class="footer"><div class="width"><p>This dashboard runs on this computer only and shows only what the reviews record. Never type the name of a child or a family member into any form.</p></div></footer>
            </body>
            </html>

            """);
        return html.ToString();
    }

    /// <summary>
    /// The dashboard's sections the signed-in person may open; the page's own is marked as current for a screen reader,
    /// and underlined.
    /// </summary>
    private static HtmlFragment Navigation(PageShell shell) => HtmlFragment.Of(html =>
    {
        var caller = shell.Visitor.Caller;
        var sections = new[] { (Href: DashboardPaths.Home, Text: "Reviews", Route: LocalRouteAccess.ReviewList), (Href: DashboardPaths.Timeliness, Text: "Timeliness", Route: LocalRouteAccess.TimelinessPage), (Href: DashboardPaths.Orchestrations, Text: "Orchestrations", Route: LocalRouteAccess.Orchestrations) }
            .Where(s => caller is not null && s.Route.Allows(caller))
            .ToList();
        if (sections.Count == 0)
        {
            return;
        }

        html.Add($"""<nav class="header__nav" aria-label="Dashboard"><ul>""");
        foreach (var (href, text, _) in sections)
        {
            if (href == shell.Current)
            {
                html.Add($"""<li><a href="{href}" aria-current="page">{text}</a></li>""");
            }
            else
            {
                html.Add($"""<li><a href="{href}">{text}</a></li>""");
            }
        }

        html.Add($"</ul></nav>");
    });

    /// <summary>"Signed in as …": the sign-in page itself offers the choice, so it has no link back to itself.</summary>
    private static HtmlFragment SignedIn(PageShell shell) => HtmlFragment.Of(html =>
    {
        var change = $"{DashboardPaths.SignIn}?then={Uri.EscapeDataString(shell.Visitor.Here)}";
        if (shell.Visitor.Describe() is not { } who)
        {
            if (shell.Current != DashboardPaths.SignIn)
            {
                html.Add($"""<p class="signed-in">Not signed in. <a href="{change}">Sign in</a></p>""");
            }

            return;
        }

        if (shell.Current == DashboardPaths.SignIn)
        {
            html.Add($"""<p class="signed-in">Signed in as <strong>{who}</strong></p>""");
        }
        else
        {
            html.Add($"""<p class="signed-in">Signed in as <strong>{who}</strong> — <a href="{change}">Change<span class="visually-hidden"> who you are signed in as</span></a></p>""");
        }
    });

    private static HtmlFragment Clock(ClockView clock) => HtmlFragment.Of(html =>
    {
        if (clock.IsVirtual)
        {
            html.Add($"""<strong>Practice clock:</strong> {UkDates.DayAndTime(clock.Now)}. Time moves only when someone moves it forward on the <a href="/#clock">reviews page</a>.""");
        }
        else
        {
            html.Add($"<strong>Time now:</strong> {UkDates.DayAndTime(clock.Now)} (this computer's clock).");
        }
    });
}
