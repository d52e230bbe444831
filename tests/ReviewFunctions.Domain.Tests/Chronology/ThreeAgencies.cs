using ReviewFunctions.Domain.Chronology;

namespace ReviewFunctions.Domain.Tests.Chronology;

/// <summary>
/// A four-year-old's contacts with three agencies in early 2026, worked by hand. The school and the health visitor
/// both report the team-around-the-child meeting of 24/02 in their own words (one duplicate); the child is seen on
/// 05/01, 12/01, 02/03 and 30/03, so the only stretch over 28 days is 12/01 to 02/03 (49 days), while 02/03 to 30/03
/// is exactly 28 days and is not a gap. Near misses: the police call of 24/02 shares only three of its words with the
/// meeting; the police check of 05/01 has the health visit's very date and time but nothing of its wording.
/// </summary>
internal static class ThreeAgencies
{
    public const string Police = "Westbridge Police";
    public const string School = "Northfield Primary School";
    public const string HealthVisiting = "Health Visiting";

    public const int BoardDays = 28;

    public static IReadOnlyList<ChronologyEntry> PoliceEntries { get; } =
    [
        new(Police, 1, new DateOnly(2026, 1, 5), new TimeOnly(10, 30), "4y 6m", "", null, "Police national computer check requested by children's social care", "Police", "No trace on the child; mother known", ""),
        new(Police, 2, new DateOnly(2026, 2, 14), new TimeOnly(23, 40), "4y 7m", "Mother's partner", false, "Police called to domestic incident at the home address; mother had a facial injury", "Police", "Partner arrested; DASH risk assessment completed", "Child asleep upstairs, not seen"),
        new(Police, 3, new DateOnly(2026, 2, 24), new TimeOnly(9, 0), "4y 7m", "Mother", false, "Officer called mother to update her on the investigation of the domestic incident", "Police", "", ""),
        new(Police, 4, new DateOnly(2026, 3, 30), new TimeOnly(16, 0), "4y 8m", "Mother", true, "Welfare check at the home address; child seen playing", "Police", "No further action", ""),
    ];

    public static IReadOnlyList<ChronologyEntry> SchoolEntries { get; } =
    [
        new(School, 1, new DateOnly(2026, 1, 12), new TimeOnly(8, 50), "4y 6m", "", true, "Child attended reception class and appeared well", "Education", "", ""),
        new(School, 2, new DateOnly(2026, 2, 24), new TimeOnly(15, 30), "4y 7m", "Mother", false, "Team around the child meeting at school with mother and health visitor; concerns about the domestic incident discussed", "Education", "Plan agreed: weekly check-ins", "Child not in school that week"),
        new(School, 3, new DateOnly(2026, 3, 2), new TimeOnly(8, 50), "4y 8m", "", true, "Child returned to school after absence; quiet and withdrawn", "Education", "Designated safeguarding lead informed", ""),
    ];

    public static IReadOnlyList<ChronologyEntry> HealthVisitingEntries { get; } =
    [
        new(HealthVisiting, 1, new DateOnly(2026, 1, 5), new TimeOnly(10, 30), "4y 6m", "Mother", true, "Home visit for developmental review; child seen and weighed", "Health", "Review booked for six months", ""),
        new(HealthVisiting, 2, new DateOnly(2026, 2, 24), null, "4y 7m", "Mother", false, "Attended team around the child meeting at school with mother; domestic incident concerns discussed", "Health", "Home visit to be arranged", ""),
        new(HealthVisiting, 3, new DateOnly(2026, 3, 16), new TimeOnly(14, 0), "4y 8m", "Mother", false, "Home visit; no answer at the door", "Health", "Card left", ""),
    ];

    /// <summary>Police first, so a timeline ordered by agency name cannot come from the order of upload.</summary>
    public static IReadOnlyList<ChronologyEntry> All { get; } = [.. PoliceEntries, .. SchoolEntries, .. HealthVisitingEntries];

    public static MergedChronology Merged(DateOnly? upTo = null) => ChronologyMerge.Merge(All, BoardDays, upTo);

    /// <summary>A timeline row in one line, for comparing with a table written out by hand.</summary>
    public static string Describe(TimelineRow row) => row switch
    {
        MergedLine l => $"{l.Number} | {l.Entry.Date:dd/MM/yyyy} | {l.Entry.Time?.ToString("HH:mm") ?? "--:--"} | {l.Entry.Agency} #{l.Entry.EventNumber} | {l.Entry.ChildSeen switch { true => "Y", false => "N", null => "-" }} | {string.Join("; ", l.SameEventAs.Select(s => $"{s.Agency} (line {s.Line})"))}",
        SightingGap g => $"GAP | {g.From:dd/MM/yyyy} -> {g.To:dd/MM/yyyy} | {g.Days} days | {g.Kind}",
        _ => throw new InvalidOperationException(),
    };
}
