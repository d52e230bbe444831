namespace ReviewFunctions.Domain.Chronology;

/// <summary>One agency's event in the merged timeline.</summary>
/// <param name="Number">The event's number in the merged timeline, from 1; an agency view keeps these numbers.</param>
/// <param name="SameEventGroup">Lines that look like one event reported by several agencies share a group number, from 1; null when no other agency reported it.</param>
/// <param name="SameEventAs">The other lines of that group. All lines are kept: whether they are one event is the panel's call.</param>
public sealed record MergedLine(int Number, ChronologyEntry Entry, int? SameEventGroup, IReadOnlyList<SameEventLine> SameEventAs) : TimelineRow
{
    /// <summary>The other agencies that reported this event, in timeline order.</summary>
    public IReadOnlyList<string> AlsoReportedBy =>
        [.. SameEventAs.Select(l => l.Agency).Where(a => !string.Equals(a, Entry.Agency, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)];
}

/// <summary>Another line of the merged timeline that looks like the same event, and the agency that reported it.</summary>
public sealed record SameEventLine(int Line, string Agency);
