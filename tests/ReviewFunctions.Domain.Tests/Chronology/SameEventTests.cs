using ReviewFunctions.Domain.Chronology;

namespace ReviewFunctions.Domain.Tests.Chronology;

public sealed class SameEventTests
{
    [Fact]
    public void The_meeting_in_two_agencies_words_overlaps_by_ten_words_in_thirteen()
    {
        // School: team around child meeting school mother health visitor concerns domestic incident discussed (12).
        // Health: attended team around child meeting school mother domestic incident concerns discussed (11).
        // Shared: all of the health visitor's but "attended" (10); together 12 + 11 - 10 = 13.
        var school = SameEvent.Of(ThreeAgencies.SchoolEntries[1].Event);
        var health = SameEvent.Of(ThreeAgencies.HealthVisitingEntries[1].Event);

        Assert.Equal(12, school.Words.Count);
        Assert.Equal(11, health.Words.Count);
        Assert.Equal(10.0 / 13, SameEvent.Overlap(school.Words, health.Words), 10);
    }

    [Fact]
    public void The_police_call_of_the_same_day_overlaps_by_three_words_in_fifteen()
    {
        // Police: officer called mother update investigation domestic incident (7); shared with the health visitor's
        // wording: mother, domestic, incident (3); together 7 + 11 - 3 = 15.
        var police = SameEvent.Of(ThreeAgencies.PoliceEntries[2].Event);
        var health = SameEvent.Of(ThreeAgencies.HealthVisitingEntries[1].Event);

        Assert.Equal(["officer", "called", "mother", "update", "investigation", "domestic", "incident"], police.Words);
        Assert.Equal(3.0 / 15, SameEvent.Overlap(police.Words, health.Words), 10);
    }

    [Theory]
    // 3 shared of 5 (0.6): the threshold itself counts.
    [InlineData("strategy meeting held today", "strategy meeting held later", true)]
    // 3 shared of 6 (0.5).
    [InlineData("strategy meeting held today", "strategy meeting held early later", false)]
    public void The_threshold_is_three_fifths_of_the_words(string a, string b, bool same)
    {
        var day = new DateOnly(2026, 1, 1);
        var first = new ChronologyEntry("Police", 1, day, null, "", "", null, a, "", "", "");
        var second = first with { Agency = "School", Event = b };

        Assert.Equal(same, SameEvent.Alike(first, SameEvent.Of(a), second, SameEvent.Of(b)));
    }

    [Fact]
    public void Texts_without_a_counted_word_only_match_when_they_read_the_same()
    {
        Assert.Equal("dv cp", SameEvent.Of(" DV, cp! ").Plain);
        Assert.Empty(SameEvent.Of("DV: CP").Words);
        Assert.Equal(0, SameEvent.Overlap(SameEvent.Of("DV").Words, SameEvent.Of("DV").Words));
    }
}
