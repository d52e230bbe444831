using ReviewFunctions.Domain.Reports.Timeliness;
using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// The median and 90th-percentile lateness of each step as a bar chart drawn on the server: an SVG image whose title
/// and description say everything the bars show, for anyone who cannot see them. Each bar is labelled with its number,
/// so colour never carries meaning alone; the table after the chart holds the same figures.
/// </summary>
public static class LatenessChart
{
    private const int LabelWidth = 300;
    private const int PlotWidth = 300;

    /// <summary>The figures are written in a column of their own right of the bars, so no label ever overlaps another.</summary>
    private const int FiguresX = LabelWidth + PlotWidth + 14;
    private const int Width = FiguresX + 146;
    private const int Top = 34;
    private const int RowHeight = 46;
    private const int BarHeight = 15;
    private const int LabelCharacters = 42;

    public static HtmlFragment Of(IReadOnlyList<TimelinessGroup> steps) => HtmlFragment.Of(html =>
    {
        var measured = steps.Where(s => s.MedianWorkingDaysLate is not null).ToList();
        var low = Math.Min(0, measured.Min(s => s.MedianWorkingDaysLate!.Value));
        var high = Math.Max(1, measured.Max(s => s.P90WorkingDaysLate!.Value));
        var height = Top + (measured.Count * RowHeight) + 30;
        int X(int days) => LabelWidth + (int)Math.Round((double)(days - low) * PlotWidth / (high - low));

        html.Add($"""
            <figure class="chart">
            <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="lateness-chart-title lateness-chart-desc" viewBox="0 0 {Width} {height}" width="100%" preserveAspectRatio="xMinYMin meet">
            <title id="lateness-chart-title">Lateness of each step in working days: median and 90th percentile</title>
            <desc id="lateness-chart-desc">{Description(measured)}</desc>
            <rect x="0" y="0" width="{Width}" height="{height}" fill="#ffffff"/>
            <text x="{LabelWidth}" y="16" font-size="13" fill="#0b0c0c">Working days late (left of the line: early)</text>
            <line x1="{X(0)}" y1="{Top - 8}" x2="{X(0)}" y2="{height - 24}" stroke="#0b0c0c" stroke-width="2"/>
            <text x="{X(low)}" y="{height - 8}" font-size="12" fill="#0b0c0c" text-anchor="start">{low}</text>
            <text x="{X(high)}" y="{height - 8}" font-size="12" fill="#0b0c0c" text-anchor="end">{high}</text>

            """);
        if (low < 0)
        {
            html.Add($"""<text x="{X(0)}" y="{height - 8}" font-size="12" fill="#0b0c0c" text-anchor="middle">0</text>""");
        }

        for (var i = 0; i < measured.Count; i++)
        {
            var step = measured[i];
            var y = Top + (i * RowHeight);
            html.Add($"""<text x="0" y="{y + BarHeight + 4}" font-size="13" fill="#0b0c0c">{Shorten(step.Title)}</text>""");
            Bar(html, X(0), X(step.MedianWorkingDaysLate!.Value), y, "#1d70b8", $"median {step.MedianWorkingDaysLate.Value}");
            Bar(html, X(0), X(step.P90WorkingDaysLate!.Value), y + BarHeight + 2, "#6f72af", $"90th percentile {step.P90WorkingDaysLate.Value}");
        }

        html.Add($"""
            </svg>
            <figcaption>Each step's median lateness (upper bar) and 90th-percentile lateness (lower bar), in working days of the review's nation, over the steps done or overdue. The same figures are in the table below.</figcaption>
            </figure>

            """);
    });

    private static void Bar(HtmlBuilder html, int zero, int end, int y, string colour, string label)
    {
        var (left, width) = end >= zero ? (zero, Math.Max(end - zero, 2)) : (end, zero - end);
        html.Add($"""
            <rect x="{left}" y="{y}" width="{width}" height="{BarHeight}" fill="{colour}"/>
            <text x="{FiguresX}" y="{y + BarHeight - 3}" font-size="12" fill="#0b0c0c">{label}</text>

            """);
    }

    private static string Description(IReadOnlyList<TimelinessGroup> steps) =>
        string.Join(" ", steps.Select(s => $"{s.Title}: median {Days(s.MedianWorkingDaysLate!.Value)}, 90th percentile {Days(s.P90WorkingDaysLate!.Value)}."));

    internal static string Days(int days) => days switch
    {
        0 => "on the day",
        1 => "1 working day late",
        -1 => "1 working day early",
        > 0 => $"{days} working days late",
        _ => $"{-days} working days early",
    };

    private static string Shorten(string title) => title.Length <= LabelCharacters ? title : title[..(LabelCharacters - 1)].TrimEnd() + "…";
}
