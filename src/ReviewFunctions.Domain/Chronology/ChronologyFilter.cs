namespace ReviewFunctions.Domain.Chronology;

/// <summary>One agency's view of the merged timeline, for the review page.</summary>
public static class ChronologyFilter
{
    /// <summary>
    /// The lines the agency reported, keeping their merged numbers and their links to other agencies' lines, so "same
    /// event as line 7" still points at the right line of the whole timeline. The gaps stay: they say no agency saw the
    /// child, which is as true in one agency's view as in the whole.
    /// </summary>
    public static MergedChronology ForAgency(MergedChronology chronology, string agency)
    {
        ArgumentNullException.ThrowIfNull(chronology);
        ArgumentNullException.ThrowIfNull(agency);
        return chronology with
        {
            Lines = [.. chronology.Lines.Where(l => string.Equals(l.Entry.Agency.Trim(), agency.Trim(), StringComparison.OrdinalIgnoreCase))],
        };
    }
}
