namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// The template's headings as agencies write them. A heading is recognised by its letters and digits alone, in any
/// case, so "Event No.", "EVENT NO" and "Event  No" are one heading; the long "Child seen/wishes sought or expressed"
/// and "Agency source to overview" may also be shortened to "Child seen" and "Agency", as agencies often do.
/// </summary>
public static class ChronologyHeadings
{
    private static readonly Dictionary<string, ChronologyColumn> Accepted = new(StringComparer.Ordinal)
    {
        ["eventno"] = ChronologyColumn.EventNumber,
        ["eventnumber"] = ChronologyColumn.EventNumber,
        ["date"] = ChronologyColumn.Date,
        ["time"] = ChronologyColumn.Time,
        ["ageofchild"] = ChronologyColumn.AgeOfChild,
        ["familymember"] = ChronologyColumn.FamilyMember,
        ["childseenwishessoughtorexpressed"] = ChronologyColumn.ChildSeen,
        ["childseenwishessoughtorexpressedyn"] = ChronologyColumn.ChildSeen,
        ["childseen"] = ChronologyColumn.ChildSeen,
        ["childseenyn"] = ChronologyColumn.ChildSeen,
        ["event"] = ChronologyColumn.Event,
        ["agencysourcetooverview"] = ChronologyColumn.AgencySource,
        ["agency"] = ChronologyColumn.AgencySource,
        ["actiontaken"] = ChronologyColumn.ActionTaken,
        ["note"] = ChronologyColumn.Note,
        ["notes"] = ChronologyColumn.Note,
    };

    /// <summary>The ten columns in the template's order.</summary>
    public static IReadOnlyList<ChronologyColumn> Columns { get; } = Enum.GetValues<ChronologyColumn>();

    /// <summary>The heading as the template writes it.</summary>
    public static string Heading(ChronologyColumn column) => column switch
    {
        ChronologyColumn.EventNumber => "Event No",
        ChronologyColumn.Date => "Date",
        ChronologyColumn.Time => "Time",
        ChronologyColumn.AgeOfChild => "Age of Child",
        ChronologyColumn.FamilyMember => "Family Member",
        ChronologyColumn.ChildSeen => "Child seen/wishes sought or expressed (Y/N)",
        ChronologyColumn.Event => "Event",
        ChronologyColumn.AgencySource => "Agency source to overview",
        ChronologyColumn.ActionTaken => "Action taken",
        ChronologyColumn.Note => "Note",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a chronology column."),
    };

    /// <summary>The short name a problem uses for the column: "the Child seen column".</summary>
    public static string ShortName(ChronologyColumn column) => column switch
    {
        ChronologyColumn.ChildSeen => "Child seen",
        ChronologyColumn.AgencySource => "Agency source",
        _ => Heading(column),
    };

    /// <summary>The column a heading names, or null when it is not one of the template's.</summary>
    public static ChronologyColumn? Match(string heading) =>
        Accepted.TryGetValue(Key(heading), out var column) ? column : null;

    private static string Key(string heading) =>
        string.Concat(heading.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
