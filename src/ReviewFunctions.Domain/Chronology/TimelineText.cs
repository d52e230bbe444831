using System.Globalization;

namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// The merged timeline in words, one set of cells for every way it leaves the system (CSV, Word, the review page):
/// the template's ten columns, then who reported the event and who else did. Dates are written dd/mm/yyyy and times
/// hh:mm, as the template asks.
/// </summary>
public static class TimelineText
{
    public static IReadOnlyList<string> Headings { get; } =
        [.. ChronologyHeadings.Columns.Select(ChronologyHeadings.Heading), "Reported by", "Also reported by"];

    /// <summary>The cells of a line, in the order of <see cref="Headings"/>.</summary>
    public static IReadOnlyList<string> Cells(MergedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var e = line.Entry;
        return
        [
            line.Number.ToString(CultureInfo.InvariantCulture),
            Date(e.Date),
            e.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
            e.AgeOfChild,
            e.FamilyMember,
            e.ChildSeen switch { true => "Y", false => "N", null => string.Empty },
            e.Event,
            e.AgencySource,
            e.ActionTaken,
            e.Note,
            string.Create(CultureInfo.InvariantCulture, $"{e.Agency}, event {e.EventNumber}"),
            AlsoReportedBy(line),
        ];
    }

    /// <summary>"Northfield Primary School (line 7)": each other agency with the lines where it reported the event.</summary>
    public static string AlsoReportedBy(MergedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return string.Join("; ", line.SameEventAs
            .GroupBy(l => l.Agency, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Count() == 1
                ? string.Create(CultureInfo.InvariantCulture, $"{g.Key} (line {g.First().Line})")
                : $"{g.Key} (lines {string.Join(", ", g.Select(l => l.Line.ToString(CultureInfo.InvariantCulture)))})"));
    }

    /// <summary>The gap in a sentence that stands alone, for a row of its own.</summary>
    public static string Describe(SightingGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var limit = string.Create(CultureInfo.InvariantCulture, $"longer than the {gap.BoardDays} days the Board has set");
        return gap.Kind switch
        {
            GapKind.BetweenSightings => string.Create(CultureInfo.InvariantCulture, $"Gap: no agency saw the child for {gap.Days} days, from {Date(gap.From)} to {Date(gap.To)} ({limit})."),
            GapKind.SinceLastSighting => string.Create(CultureInfo.InvariantCulture, $"Gap: no agency saw the child in the {gap.Days} days from the last sighting on {Date(gap.From)} up to {Date(gap.To)} ({limit})."),
            _ => string.Create(CultureInfo.InvariantCulture, $"Gap: no agency records seeing the child at all in the {gap.Days} days from {Date(gap.From)} to {Date(gap.To)} ({limit})."),
        };
    }

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
