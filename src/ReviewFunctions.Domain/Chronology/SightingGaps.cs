namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// Finds the stretches in which no agency saw the child. Only entries marked Y in the Child seen column count as a
/// sighting; N and empty do not, since an empty cell is exactly what the panel must not read as the child being seen.
/// With a date to read up to, sightings after it are left out: the review's question is what was known before then.
/// </summary>
internal static class SightingGaps
{
    /// <param name="ordered">Entries in date order.</param>
    public static (IReadOnlyList<SightingGap> Gaps, DateOnly? LastSeen) Find(IReadOnlyList<ChronologyEntry> ordered, int gapDays, DateOnly? upTo)
    {
        var seen = ordered
            .Where(e => e.ChildSeen == true && (upTo is null || e.Date <= upTo))
            .Select(e => e.Date)
            .Distinct()
            .Order()
            .ToList();
        var gaps = new List<SightingGap>();
        for (var i = 1; i < seen.Count; i++)
        {
            Add(gaps, seen[i - 1], seen[i], GapKind.BetweenSightings, gapDays);
        }

        if (seen.Count > 0)
        {
            if (upTo is { } end)
            {
                Add(gaps, seen[^1], end, GapKind.SinceLastSighting, gapDays);
            }

            return (gaps, seen[^1]);
        }

        if (ordered.Count > 0)
        {
            Add(gaps, ordered[0].Date, upTo ?? ordered[^1].Date, GapKind.NeverSeen, gapDays);
        }

        return (gaps, null);
    }

    private static void Add(List<SightingGap> gaps, DateOnly from, DateOnly to, GapKind kind, int gapDays)
    {
        if (to.DayNumber - from.DayNumber > gapDays)
        {
            gaps.Add(new SightingGap(from, to, kind, gapDays));
        }
    }
}
