using ReviewFunctions.Domain.Chronology;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Tests.Notices;

namespace ReviewFunctions.Domain.Tests.Chronology;

public sealed class ChronologyAnonymiserTests
{
    private static readonly DateOnly Day = new(2026, 2, 14);

    [Fact]
    public void The_sample_familys_aliases_are_the_notices_aliases_by_full_name_and_by_a_name_only_one_person_has()
    {
        var aliases = ChronologyAnonymiser.AliasesFor(SampleReferrals.RefA());

        Assert.Equal("Child A", aliases["Jayden Marsh"]);
        Assert.Equal("Child A", aliases["jayden"]);
        Assert.Equal("Mother", aliases["Kerry"]);
        Assert.Equal("Mother's partner", aliases["Mr Fowler"]);
        Assert.Equal("Sibling 1", aliases["Leah Marsh"]);
        Assert.Equal("Practitioner 2", aliases["DS Helen Crane"]);
        Assert.Equal("Practitioner 2", aliases["DS Crane"]);
        Assert.Equal("Practitioner 1", aliases["Okafor"]);
        Assert.Equal("Referrer", aliases["Priya Raman"]);

        // Three people are called Marsh, and a fowler and a crane are also words.
        Assert.False(aliases.ContainsKey("Marsh"));
        Assert.False(aliases.ContainsKey("Ms Marsh"));
        Assert.False(aliases.ContainsKey("Fowler"));
        Assert.False(aliases.ContainsKey("Crane"));
    }

    [Fact]
    public void Names_in_every_free_text_column_become_aliases_and_the_rest_of_the_line_stays()
    {
        var merged = ChronologyMerge.Merge(
        [
            new("Westbridge Police", 2, Day, new TimeOnly(23, 40), "Jayden: 2y 8m", "Kerry Marsh; Dean Fowler", false,
                "Kerry Marsh told DS Crane that Dean had hit Jayden; Kerry's sister was there. KERRY was upset.",
                "Police (DS Helen Crane)", "Referral by Priya Raman; Mr. Fowler arrested", "Seen by Sam Okafor in May"),
        ], 28);

        var anonymised = ChronologyAnonymiser.Anonymise(merged, ChronologyAnonymiser.AliasesFor(SampleReferrals.RefA()));

        var entry = Assert.Single(anonymised.Lines).Entry;
        Assert.Equal(
            new ChronologyEntry("Westbridge Police", 2, Day, new TimeOnly(23, 40), "Child A: 2y 8m", "Mother; Mother's partner", false,
                "Mother told Practitioner 2 that Mother's partner had hit Child A; Mother's sister was there. Mother was upset.",
                "Police (Practitioner 2)", "Referral by Referrer; Mother's partner arrested", "Seen by Practitioner 1 in May"),
            entry);
        Assert.Empty(ChronologyAnonymiser.Leaks(anonymised, SensitiveDetails.Of(SampleReferrals.RefA(), [])));
    }

    [Fact]
    public void A_callers_own_aliases_replace_whole_words_only_and_the_longest_name_first()
    {
        var merged = ChronologyMerge.Merge([new("School", 1, Day, null, "", "Nan", null, "Nan and Nan Smith collected him; Nancy stayed", "", "", "")], 28);
        var aliases = new Dictionary<string, string> { ["Nan"] = "Grandmother", ["Nan Smith"] = "Great-aunt" };

        var entry = ChronologyAnonymiser.Anonymise(merged, aliases).Lines[0].Entry;

        Assert.Equal("Grandmother", entry.FamilyMember);
        Assert.Equal("Grandmother and Great-aunt collected him; Nancy stayed", entry.Event);
    }

    [Fact]
    public void Without_aliases_the_text_is_left_as_it_is()
    {
        var merged = ThreeAgencies.Merged();

        Assert.Equal(merged.Lines.Select(l => l.Entry), ChronologyAnonymiser.Anonymise(merged, new Dictionary<string, string>()).Lines.Select(l => l.Entry));
    }

    [Fact]
    public void Numbers_dates_agencies_and_links_between_lines_are_kept()
    {
        var merged = ThreeAgencies.Merged();

        var anonymised = ChronologyAnonymiser.Anonymise(merged, new Dictionary<string, string> { ["mother"] = "Parent 1" });

        Assert.Equal(merged.Timeline().Select(ThreeAgencies.Describe), anonymised.Timeline().Select(ThreeAgencies.Describe));
        Assert.Equal("Parent 1's partner", anonymised.Lines[3].Entry.FamilyMember);
    }

    [Fact]
    public void A_name_left_in_the_text_or_a_date_of_birth_is_reported_as_a_leak()
    {
        var particulars = SampleReferrals.RefA();
        var merged = ChronologyMerge.Merge(
        [
            new("Police", 1, Day, null, "", "", null, "Visit to the Marsh family", "", "", ""),
            new("Health", 1, Day, null, "", "", null, "Birth on 14/06/2023 recorded", "", "", ""),
        ], 28);

        var leaks = ChronologyAnonymiser.Leaks(ChronologyAnonymiser.Anonymise(merged, ChronologyAnonymiser.AliasesFor(particulars)), SensitiveDetails.Of(particulars, []));

        Assert.Equal([LeakKind.Name, LeakKind.DateOfBirth], leaks.Order());
    }
}
