using ReviewFunctions.Domain.Chronology;

namespace ReviewFunctions.Domain.Tests.Chronology;

public sealed class ChronologyMergeTests
{
    private static readonly DateOnly Day = new(2026, 4, 1);

    [Fact]
    public void Three_agencies_merge_into_the_hand_worked_timeline_with_one_duplicate_and_one_gap()
    {
        var merged = ThreeAgencies.Merged();

        string[] expected =
        [
            "1 | 05/01/2026 | 10:30 | Health Visiting #1 | Y | ",
            "2 | 05/01/2026 | 10:30 | Westbridge Police #1 | - | ",
            "3 | 12/01/2026 | 08:50 | Northfield Primary School #1 | Y | ",
            "GAP | 12/01/2026 -> 02/03/2026 | 49 days | BetweenSightings",
            "4 | 14/02/2026 | 23:40 | Westbridge Police #2 | N | ",
            "5 | 24/02/2026 | --:-- | Health Visiting #2 | N | Northfield Primary School (line 7)",
            "6 | 24/02/2026 | 09:00 | Westbridge Police #3 | N | ",
            "7 | 24/02/2026 | 15:30 | Northfield Primary School #2 | N | Health Visiting (line 5)",
            "8 | 02/03/2026 | 08:50 | Northfield Primary School #3 | Y | ",
            "9 | 16/03/2026 | 14:00 | Health Visiting #3 | N | ",
            "10 | 30/03/2026 | 16:00 | Westbridge Police #4 | Y | ",
        ];
        var actual = merged.Timeline().Select(ThreeAgencies.Describe).ToList();
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        Assert.Equal([null, null, null, null, 1, null, 1, null, null, null], merged.Lines.Select(l => l.SameEventGroup));
        Assert.Equal(["Northfield Primary School"], merged.Lines[4].AlsoReportedBy);
        Assert.Equal(["Health Visiting"], merged.Lines[6].AlsoReportedBy);
        var gap = Assert.Single(merged.Gaps);
        Assert.Equal(new SightingGap(new DateOnly(2026, 1, 12), new DateOnly(2026, 3, 2), GapKind.BetweenSightings, 28), gap);
        Assert.Equal(new DateOnly(2026, 3, 30), merged.LastSeen);
        Assert.Null(merged.DaysFromLastSightingToUpTo);
        Assert.Equal(["Health Visiting", "Northfield Primary School", "Westbridge Police"], merged.Agencies);
    }

    [Fact]
    public void Every_entry_is_kept_whole_and_only_once()
    {
        var merged = ThreeAgencies.Merged();

        Assert.Equal(ThreeAgencies.All.OrderBy(e => e.Agency).ThenBy(e => e.EventNumber), merged.Lines.Select(l => l.Entry).OrderBy(e => e.Agency).ThenBy(e => e.EventNumber));
        Assert.Equal(Enumerable.Range(1, 10), merged.Lines.Select(l => l.Number));
    }

    [Fact]
    public void The_order_of_uploads_does_not_change_the_timeline()
    {
        var reversed = ChronologyMerge.Merge(ThreeAgencies.All.Reverse(), ThreeAgencies.BoardDays);

        Assert.Equal(ThreeAgencies.Merged().Timeline().Select(ThreeAgencies.Describe), reversed.Timeline().Select(ThreeAgencies.Describe));
    }

    [Fact]
    public void Untimed_events_come_first_in_their_day_then_by_agency_and_event_number()
    {
        var merged = ChronologyMerge.Merge(
        [
            Entry("Police", 2, new TimeOnly(9, 0), "Visit A"),
            Entry("Police", 1, null, "Call B"),
            Entry("Education", 7, new TimeOnly(9, 0), "Meeting C"),
            Entry("Education", 3, null, "Letter D"),
            Entry("education", 1, null, "Letter E"),
        ], 28);

        Assert.Equal(["Letter E", "Letter D", "Call B", "Meeting C", "Visit A"], merged.Lines.Select(l => l.Entry.Event));
    }

    [Fact]
    public void The_same_event_needs_the_same_day()
    {
        var merged = ChronologyMerge.Merge([Entry("Police", 1, null, "Strategy meeting held"), Entry("School", 1, null, "Strategy meeting held", Day.AddDays(1))], 28);

        Assert.All(merged.Lines, l => Assert.Null(l.SameEventGroup));
    }

    [Fact]
    public void The_same_event_needs_the_same_time_unless_one_has_none()
    {
        var differentTimes = ChronologyMerge.Merge([Entry("Police", 1, new TimeOnly(10, 0), "Strategy meeting held"), Entry("School", 1, new TimeOnly(11, 0), "Strategy meeting held")], 28);
        var oneUntimed = ChronologyMerge.Merge([Entry("Police", 1, new TimeOnly(10, 0), "Strategy meeting held"), Entry("School", 1, null, "Strategy meeting held")], 28);

        Assert.All(differentTimes.Lines, l => Assert.Null(l.SameEventGroup));
        Assert.All(oneUntimed.Lines, l => Assert.Equal(1, l.SameEventGroup));
    }

    [Fact]
    public void Wording_that_differs_only_in_case_punctuation_and_spacing_is_the_same_event_even_in_short_words()
    {
        // "CP" and "DV" are shorter than the words the overlap counts, so only the plain comparison can match these.
        var merged = ChronologyMerge.Merge([Entry("Police", 1, null, "DV: CP"), Entry("School", 1, null, "dv  cp.")], 28);

        Assert.All(merged.Lines, l => Assert.Equal(1, l.SameEventGroup));
    }

    [Fact]
    public void One_agency_writing_an_event_twice_is_not_a_duplicate_across_agencies()
    {
        var merged = ChronologyMerge.Merge([Entry("Police", 1, null, "Strategy meeting held"), Entry("Police", 2, null, "Strategy meeting held")], 28);

        Assert.All(merged.Lines, l => Assert.Null(l.SameEventGroup));
    }

    [Fact]
    public void Three_agencies_reporting_one_meeting_form_one_group_and_each_names_the_other_two()
    {
        var merged = ChronologyMerge.Merge(
        [
            Entry("Police", 1, null, "Strategy meeting held with school and health"),
            Entry("School", 1, null, "Strategy meeting held with police and health"),
            Entry("Health", 1, null, "Strategy meeting held with police and school"),
        ], 28);

        Assert.All(merged.Lines, l => Assert.Equal(1, l.SameEventGroup));
        Assert.Equal(["Police", "School"], merged.Lines.Single(l => l.Entry.Agency == "Health").AlsoReportedBy);
        Assert.Equal([2, 3], merged.Lines[0].SameEventAs.Select(s => s.Line));
    }

    [Fact]
    public void A_gap_of_exactly_the_boards_days_is_not_flagged_and_one_day_more_is()
    {
        var exactly = ChronologyMerge.Merge([Seen("A", 1, Day), Seen("A", 2, Day.AddDays(28))], 28);
        var oneMore = ChronologyMerge.Merge([Seen("A", 1, Day), Seen("A", 2, Day.AddDays(29))], 28);

        Assert.Empty(exactly.Gaps);
        Assert.Equal(29, Assert.Single(oneMore.Gaps).Days);
    }

    [Fact]
    public void Only_a_Y_counts_as_a_sighting_and_any_agency_sighting_ends_a_gap()
    {
        var merged = ChronologyMerge.Merge(
        [
            Seen("Police", 1, Day),
            Entry("School", 1, null, "Not seen", Day.AddDays(20), seen: false),
            Entry("School", 2, null, "Not recorded", Day.AddDays(30), seen: null),
            Seen("Health", 1, Day.AddDays(40)),
            Seen("School", 3, Day.AddDays(50)),
        ], 28);

        Assert.Equal(new SightingGap(Day, Day.AddDays(40), GapKind.BetweenSightings, 28), Assert.Single(merged.Gaps));
    }

    [Fact]
    public void Reading_up_to_the_incident_reports_the_days_since_the_last_sighting()
    {
        var upTo = new DateOnly(2026, 5, 15);
        var merged = ThreeAgencies.Merged(upTo);

        Assert.Equal(46, merged.DaysFromLastSightingToUpTo);
        Assert.Equal(
            [
                new SightingGap(new DateOnly(2026, 1, 12), new DateOnly(2026, 3, 2), GapKind.BetweenSightings, 28),
                new SightingGap(new DateOnly(2026, 3, 30), upTo, GapKind.SinceLastSighting, 28),
            ],
            merged.Gaps);
        Assert.Equal("GAP | 30/03/2026 -> 15/05/2026 | 46 days | SinceLastSighting", ThreeAgencies.Describe(merged.Timeline()[^1]));
    }

    [Fact]
    public void The_days_since_the_last_sighting_are_reported_even_when_within_the_boards_days()
    {
        var merged = ThreeAgencies.Merged(new DateOnly(2026, 4, 10));

        Assert.Equal(11, merged.DaysFromLastSightingToUpTo);
        Assert.Single(merged.Gaps);
    }

    [Fact]
    public void Sightings_after_the_date_read_up_to_are_left_out()
    {
        var merged = ThreeAgencies.Merged(new DateOnly(2026, 3, 20));

        Assert.Equal(new DateOnly(2026, 3, 2), merged.LastSeen);
        Assert.Equal(18, merged.DaysFromLastSightingToUpTo);
    }

    [Fact]
    public void A_child_no_agency_saw_is_one_gap_from_the_first_event()
    {
        var entries = new[] { Entry("Police", 1, null, "Call", Day, seen: false), Entry("School", 1, null, "Letter", Day.AddDays(10), seen: null) };

        var upToIncident = ChronologyMerge.Merge(entries, 28, Day.AddDays(60));
        var withinLimit = ChronologyMerge.Merge(entries, 28);

        Assert.Equal(new SightingGap(Day, Day.AddDays(60), GapKind.NeverSeen, 28), Assert.Single(upToIncident.Gaps));
        Assert.Null(upToIncident.LastSeen);
        Assert.Null(upToIncident.DaysFromLastSightingToUpTo);
        Assert.Empty(withinLimit.Gaps);
    }

    [Fact]
    public void Nothing_to_merge_gives_an_empty_timeline()
    {
        var merged = ChronologyMerge.Merge([], 28, Day);

        Assert.Empty(merged.Timeline());
    }

    [Fact]
    public void A_negative_number_of_days_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChronologyMerge.Merge(ThreeAgencies.All, -1));
    }

    private static ChronologyEntry Entry(string agency, int number, TimeOnly? time, string text, DateOnly? date = null, bool? seen = false) =>
        new(agency, number, date ?? Day, time, "", "", seen, text, "", "", "");

    private static ChronologyEntry Seen(string agency, int number, DateOnly date) => Entry(agency, number, null, $"Seen {number}", date, seen: true);
}
