using ReviewFunctions.Domain.Chronology;
using ReviewFunctions.Infrastructure.Chronology;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// The integrated chronology: every agency's entries in one timeline, the same event reported by several agencies
/// marked, and the gaps in which no agency saw the child set out as rows of their own, where the panel looks first.
/// </summary>
public static class ChronologySection
{
    public static void Write(HtmlBuilder html, ReviewPageModel model)
    {
        html.Add($"""<h2 id="chronology">Integrated chronology</h2>""");
        if (model.Chronology is not { } view)
        {
            html.Add($"""<p>{model.ChronologyProblem ?? "The integrated chronology cannot be shown."}</p>""");
            return;
        }

        var reference = model.Review.Reference;
        if (view.Sent.Count == 0)
        {
            html.Add($"""<p>No agency has sent its chronology yet. Each agency sends its own, in the columns of the chronology template, as a CSV file or a Word table, to <code>POST /api/reviews/{reference}/chronologies</code>.</p>""");
            return;
        }

        Sent(html, view);
        var merged = view.Merged;
        html.Add($"""
            <p>The latest usable chronology from each agency, merged by date and time. A gap is more than {merged.GapDays} days (the Board's rule) in which no agency saw the child{(merged.UpTo is { } upTo ? $", up to the incident on {UkDates.Day(upTo)}" : string.Empty)}.</p>
            <p>Download for the panel: <a href="/api/reviews/{reference}/chronology.docx">Word table</a> or <a href="/api/reviews/{reference}/chronology.csv">CSV</a>. To share outside the partnership, only the anonymised copies: <a href="/api/reviews/{reference}/chronology.docx?anonymised=true">Word</a> or <a href="/api/reviews/{reference}/chronology.csv?anonymised=true">CSV</a>.</p>

            """);
        if (model.ChronologyProblem is { } problem)
        {
            html.Add($"""<p class="error-message">{problem}</p>""");
        }

        Filter(html, model, view);
        Timeline(html, merged, model.ChronologyAgency);
    }

    private static void Sent(HtmlBuilder html, ChronologyView view)
    {
        TableFrame.Open(html, "chronologies-sent", "Chronologies sent in", "table--small");
        html.Add($"""
            <thead><tr><th scope="col">Agency</th><th scope="col">File</th><th scope="col">Sent</th><th scope="col">Result</th></tr></thead>
            <tbody>

            """);
        foreach (var sent in view.Sent)
        {
            html.Add($"""<tr><th scope="row">{sent.Agency}</th><td>{sent.FileName}</td><td>{UkDates.DayAndTime(sent.UploadedAt)}<br><span class="secondary-text">{sent.UploadedBy}</span></td><td>{Result(sent)}</td></tr>""");
        }

        TableFrame.Close(html);
    }

    private static HtmlFragment Result(ChronologyUpload sent) => HtmlFragment.Of(html =>
    {
        if (sent.Accepted)
        {
            html.Add($"""<strong class="tag tag--green">Read</strong> {sent.Reading.Entries.Count} events""");
            return;
        }

        html.Add($"""<strong class="tag tag--red">Not used</strong><ul class="plain-list">""");
        foreach (var problem in sent.Reading.Problems)
        {
            html.Add($"<li>{problem.Message}</li>");
        }

        html.Add($"</ul>");
    });

    private static void Filter(HtmlBuilder html, ReviewPageModel model, ChronologyView view)
    {
        html.Add($"""
            <form method="get" action="{DashboardPaths.Review(model.Review.Reference)}#chronology" class="table-form">
            <div class="form-group"><label for="chronology-agency">Show the lines of</label><select id="chronology-agency" name="agency"><option value="">Every agency</option>
            """);
        foreach (var agency in view.Sent.Where(s => s.Accepted).Select(s => s.Agency).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            if (string.Equals(agency, model.ChronologyAgency, StringComparison.OrdinalIgnoreCase))
            {
                html.Add($"""<option value="{agency}" selected>{agency}</option>""");
            }
            else
            {
                html.Add($"""<option value="{agency}">{agency}</option>""");
            }
        }

        html.Add($"""
            </select></div>
            <button type="submit" class="button button--secondary">Show</button>
            </form>

            """);
    }

    private static void Timeline(HtmlBuilder html, MergedChronology merged, string? agency)
    {
        var lines = merged.Lines.Count;
        var gaps = merged.Gaps.Count;
        html.Add($"""<p class="lead">{(lines == 1 ? "1 line" : $"{lines} lines")}{(agency is null ? string.Empty : $" from {agency}")}; {(gaps == 0 ? "no gaps" : gaps == 1 ? "1 gap" : $"{gaps} gaps")} in which no agency saw the child.</p>""");
        TableFrame.Open(html, "chronology-table", agency is null ? "Integrated chronology, every agency" : $"Integrated chronology, {agency}'s lines", "table--small");
        html.Add($"""
            <thead><tr><th scope="col">Line</th><th scope="col">Date</th><th scope="col">Agency</th><th scope="col">Child seen</th><th scope="col">Event</th><th scope="col">Action taken</th><th scope="col">Also reported by</th></tr></thead>
            <tbody>

            """);
        foreach (var row in merged.Timeline())
        {
            switch (row)
            {
                case MergedLine line:
                    html.Add($"""<tr><th scope="row">{line.Number}</th><td class="nowrap">{TimelineText.Date(line.Entry.Date)}{(line.Entry.Time is { } time ? " " + time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}</td><td>{line.Entry.Agency}</td><td>{Seen(line.Entry.ChildSeen)}</td><td>{line.Entry.Event}</td><td>{line.Entry.ActionTaken}</td><td>{(line.AlsoReportedBy.Count == 0 ? "–" : TimelineText.AlsoReportedBy(line))}</td></tr>""");
                    break;
                case SightingGap gap:
                    html.Add($"""<tr class="row--overdue"><td colspan="7"><strong class="overdue-text">{TimelineText.Describe(gap)}</strong></td></tr>""");
                    break;
            }
        }

        TableFrame.Close(html);
    }

    private static string Seen(bool? seen) => seen switch
    {
        true => "Yes",
        false => "No",
        _ => "Not said",
    };
}
