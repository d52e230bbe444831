using ReviewFunctions.Domain.Chronology;

namespace ReviewFunctions.Domain.Tests.Chronology;

public sealed class ChronologyFilterTests
{
    [Fact]
    public void One_agencys_view_keeps_its_merged_line_numbers_links_and_the_gaps()
    {
        var view = ChronologyFilter.ForAgency(ThreeAgencies.Merged(), "health visiting");

        Assert.Equal(
            [
                "1 | 05/01/2026 | 10:30 | Health Visiting #1 | Y | ",
                "GAP | 12/01/2026 -> 02/03/2026 | 49 days | BetweenSightings",
                "5 | 24/02/2026 | --:-- | Health Visiting #2 | N | Northfield Primary School (line 7)",
                "9 | 16/03/2026 | 14:00 | Health Visiting #3 | N | ",
            ],
            view.Timeline().Select(ThreeAgencies.Describe));
        Assert.Equal(["Health Visiting"], view.Agencies);
    }

    [Fact]
    public void An_agency_with_no_events_has_an_empty_view()
    {
        Assert.Empty(ChronologyFilter.ForAgency(ThreeAgencies.Merged(), "Probation").Lines);
    }
}
