namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// Merges the agencies' chronologies into one timeline, as the panel used to do by hand.
/// <para>
/// Order: by date, then by time, an event with no time first among its day's events. An untimed entry cannot be
/// placed among the timed ones, and putting it at the head of the day keeps the timed events of the day together in
/// their real order, so reading down a day never jumps back in time. Events at the same moment are ordered by agency
/// name, then by the agency's own Event No, so the same uploads always give the same timeline.
/// </para>
/// <para>
/// Two agencies' entries that look like one event (see <see cref="SameEvent"/>) form a group, and so do entries linked
/// through another; every line of a group names the others. No line is dropped: the panel decides.
/// </para>
/// <para>Gaps: see <see cref="SightingGaps"/>.</para>
/// </summary>
public static class ChronologyMerge
{
    /// <param name="gapDays">The Board's limit: a longer time without any agency seeing the child is flagged. Exactly that many days is not.</param>
    /// <param name="upTo">The date the timeline is read up to, such as the incident; also flags the time from the last sighting to it.</param>
    public static MergedChronology Merge(IEnumerable<ChronologyEntry> entries, int gapDays, DateOnly? upTo = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfNegative(gapDays);
        var ordered = entries
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Time.HasValue)
            .ThenBy(e => e.Time)
            .ThenBy(e => e.Agency, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.EventNumber)
            .ToList();
        var groupOf = SameEventGroups(ordered);
        var members = Enumerable.Range(0, ordered.Count)
            .Where(i => groupOf[i] is not null)
            .GroupBy(i => groupOf[i]!.Value)
            .ToDictionary(g => g.Key, g => g.ToList());
        var lines = new List<MergedLine>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var line = i;
            var others = groupOf[i] is { } group
                ? members[group].Where(j => j != line).Select(j => new SameEventLine(j + 1, ordered[j].Agency)).ToList()
                : [];
            lines.Add(new MergedLine(i + 1, ordered[i], groupOf[i], others));
        }

        var (gaps, lastSeen) = SightingGaps.Find(ordered, gapDays, upTo);
        return new MergedChronology(lines, gaps, gapDays, upTo, lastSeen);
    }

    /// <summary>The group number of each entry, numbered in timeline order, or null for an entry no other agency reported.</summary>
    private static int?[] SameEventGroups(List<ChronologyEntry> ordered)
    {
        var wording = ordered.Select(e => SameEvent.Of(e.Event)).ToArray();
        var parent = Enumerable.Range(0, ordered.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        // Only entries of one day can match, so each day is compared within itself.
        for (var start = 0; start < ordered.Count;)
        {
            var end = start;
            while (end < ordered.Count && ordered[end].Date == ordered[start].Date)
            {
                end++;
            }

            for (var i = start; i < end; i++)
            {
                for (var j = i + 1; j < end; j++)
                {
                    if (!string.Equals(ordered[i].Agency, ordered[j].Agency, StringComparison.OrdinalIgnoreCase) && SameEvent.Alike(ordered[i], wording[i], ordered[j], wording[j]))
                    {
                        parent[Root(j)] = Root(i);
                    }
                }
            }

            start = end;
        }

        var sizes = Enumerable.Range(0, ordered.Count).GroupBy(Root).ToDictionary(g => g.Key, g => g.Count());
        var numbers = new Dictionary<int, int>();
        var groups = new int?[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var root = Root(i);
            if (sizes[root] > 1)
            {
                groups[i] = numbers.TryGetValue(root, out var number) ? number : numbers[root] = numbers.Count + 1;
            }
        }

        return groups;
    }
}
