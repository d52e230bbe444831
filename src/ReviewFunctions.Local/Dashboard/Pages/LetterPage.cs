using System.Globalization;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Letters;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// A kept letter as it was sent. Its HTML is shown only inside a sandboxed frame (no script, no forms, its own origin),
/// served with its own strict policy, so even a tampered copy cannot act on the dashboard.
/// </summary>
public static class LetterPage
{
    public static string Render(ClockView clock, Visitor visitor, DocumentContent letter)
    {
        var reference = letter.Path.Reference;
        var name = letter.Path.Name;
        var asSent = DashboardPaths.LetterAsSent(reference, name);
        var html = new HtmlBuilder();
        html.Add($"""
            <h1><span class="caption">Review {reference}</span>Letter as sent</h1>
            <dl class="summary-list">
            <div class="summary-list__row"><dt>Kept as</dt><dd>{name}</dd></div>
            <div class="summary-list__row"><dt>Size</dt><dd>{Size(letter.Content.Length)}</dd></div>
            <div class="summary-list__row"><dt>Fingerprint (SHA-256)</dt><dd><code>{letter.Sha256}</code><br><span class="secondary-text">Checked just now against the one recorded when the letter was kept: this copy has not changed since.</span></dd></div>
            </dl>

            """);
        if (KeptLetters.IsHtml(letter.ContentType))
        {
            html.Add($"""
                <iframe class="letter-frame" src="{asSent}" sandbox title="The letter {name} as it was sent"></iframe>
                <p><a href="{asSent}">Open the letter on its own page</a>, for example to print it. It stays just as locked down there.</p>

                """);
        }
        else
        {
            html.Add($"""<p>This copy is not a web page, so it is not shown here.</p><p><a href="{asSent}">Download the copy<span class="visually-hidden"> {name}</span></a></p>""");
        }

        html.Add($"""<p><a href="{DashboardPaths.Review(reference)}#notices">Back to review {reference}</a></p>""");
        return Layout.Page(
            new PageShell($"Letter {name}", clock, visitor, [new Crumb("All reviews", DashboardPaths.Home), new Crumb($"Review {reference}", DashboardPaths.Review(reference)), new Crumb("Letter as sent", null)]),
            html.ToFragment());
    }

    private static string Size(int bytes) => bytes < 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
