namespace ReviewFunctions.Domain.Chronology;

/// <summary>The agencies' chronologies as one timeline, with the gaps in sightings of the child that the Board asked to see.</summary>
/// <param name="Lines">Every agency's events, in the order <see cref="ChronologyMerge"/> sets out.</param>
/// <param name="Gaps">Gaps longer than <paramref name="GapDays"/>, earliest first.</param>
/// <param name="GapDays">The Board's limit: a longer time without any agency seeing the child is a gap.</param>
/// <param name="UpTo">The date the timeline is read up to, such as the incident, when one was given.</param>
/// <param name="LastSeen">The last day, up to <paramref name="UpTo"/>, on which any agency saw the child; null when none did.</param>
public sealed record MergedChronology(IReadOnlyList<MergedLine> Lines, IReadOnlyList<SightingGap> Gaps, int GapDays, DateOnly? UpTo, DateOnly? LastSeen)
{
    /// <summary>The agencies with events in the timeline, in alphabetical order: the choices of an agency view.</summary>
    public IReadOnlyList<string> Agencies =>
        [.. Lines.Select(l => l.Entry.Agency).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Days from the last sighting to <see cref="UpTo"/>, whether or not that is a gap; null without both dates.</summary>
    public int? DaysFromLastSightingToUpTo => UpTo is { } upTo && LastSeen is { } seen ? upTo.DayNumber - seen.DayNumber : null;

    /// <summary>
    /// The lines with each gap placed after the last line dated on the gap's first day, so the lines that follow it
    /// are the contacts in which the child was not seen.
    /// </summary>
    public IReadOnlyList<TimelineRow> Timeline()
    {
        var gaps = Gaps.OrderBy(g => g.From).ToList();
        var rows = new List<TimelineRow>(Lines.Count + gaps.Count);
        var next = 0;
        foreach (var line in Lines)
        {
            while (next < gaps.Count && gaps[next].From < line.Entry.Date)
            {
                rows.Add(gaps[next++]);
            }

            rows.Add(line);
        }

        rows.AddRange(gaps.Skip(next));
        return rows;
    }
}
