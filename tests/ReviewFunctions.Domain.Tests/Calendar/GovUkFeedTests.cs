using ReviewFunctions.Domain.Calendar;
using static ReviewFunctions.Domain.Tests.Calendar.CalendarTestData;

namespace ReviewFunctions.Domain.Tests.Calendar;

/// <summary>
/// The real gov.uk feed for 2018–2025 against the rules: they agree except for the one-off
/// changes, and when the feed is loaded its dates win.
/// </summary>
public class GovUkFeedTests
{
    private static readonly Nation[] UkDivisions = [Nation.England, Nation.Scotland, Nation.NorthernIreland];

    private readonly UkCalendar rules = UkCalendar.FromRules();
    private readonly UkCalendar fed = UkCalendar.FromRules().WithFeed(GovUkFeed2018To2025);

    [Theory]
    [InlineData(2018)]
    [InlineData(2019)]
    [InlineData(2021)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void In_ordinary_years_the_rules_reproduce_the_feed_exactly(int year)
    {
        foreach (var nation in UkDivisions)
        {
            Assert.Equal(fed.Holidays(nation, year), rules.Holidays(nation, year));
        }
    }

    [Theory]
    // 2020: the early May bank holiday moved from Monday 4 May to Friday 8 May for VE Day.
    [InlineData("england", 2020, new[] { "2020-05-08" }, new[] { "2020-05-04" })]
    [InlineData("scotland", 2020, new[] { "2020-05-08" }, new[] { "2020-05-04" })]
    [InlineData("northern-ireland", 2020, new[] { "2020-05-08" }, new[] { "2020-05-04" })]
    // 2022: spring holiday moved to Thursday 2 June, Platinum Jubilee Friday 3 June, state funeral 19 September.
    [InlineData("england", 2022, new[] { "2022-06-02", "2022-06-03", "2022-09-19" }, new[] { "2022-05-30" })]
    [InlineData("scotland", 2022, new[] { "2022-06-02", "2022-06-03", "2022-09-19" }, new[] { "2022-05-30" })]
    [InlineData("northern-ireland", 2022, new[] { "2022-06-02", "2022-06-03", "2022-09-19" }, new[] { "2022-05-30" })]
    // 2023: coronation of King Charles III, Monday 8 May, added.
    [InlineData("england", 2023, new[] { "2023-05-08" }, new string[0])]
    [InlineData("scotland", 2023, new[] { "2023-05-08" }, new string[0])]
    [InlineData("northern-ireland", 2023, new[] { "2023-05-08" }, new string[0])]
    public void In_one_off_years_the_feed_differs_from_the_rules_only_by_the_announced_change(
        string nationName, int year, string[] onlyInFeed, string[] onlyInRules)
    {
        var nation = NationNamed(nationName);
        var feedDates = fed.Holidays(nation, year).Dates();
        var ruleDates = rules.Holidays(nation, year).Dates();

        Assert.Equal(onlyInFeed, feedDates.Except(ruleDates));
        Assert.Equal(onlyInRules, ruleDates.Except(feedDates));
    }

    [Theory]
    [InlineData("england", "2020-05-04", "2020-05-08")]
    [InlineData("wales", "2020-05-04", "2020-05-08")]
    [InlineData("scotland", "2020-05-04", "2020-05-08")]
    [InlineData("northern-ireland", "2020-05-04", "2020-05-08")]
    [InlineData("england", "2022-05-30", "2022-06-02")]
    [InlineData("scotland", "2022-05-30", "2022-06-03")]
    [InlineData("northern-ireland", "2022-05-30", "2022-09-19")]
    public void The_feed_wins_over_the_rules(string nationName, string ruleDayDropped, string feedDayAdded)
    {
        var nation = NationNamed(nationName);
        Assert.True(rules.IsHoliday(nation, Date(ruleDayDropped)));
        Assert.False(rules.IsHoliday(nation, Date(feedDayAdded)));

        Assert.False(fed.IsHoliday(nation, Date(ruleDayDropped)));
        Assert.True(fed.IsWorkingDay(nation, Date(ruleDayDropped)));
        Assert.True(fed.IsHoliday(nation, Date(feedDayAdded)));
    }

    [Fact]
    public void The_coronation_comes_with_its_gov_uk_title()
    {
        var coronation = fed.Holidays(Nation.England, 2023).On("2023-05-08");
        Assert.Equal(new BankHoliday(Date("2023-05-08"), "Bank holiday for the coronation of King Charles III", ""), coronation);
    }

    [Fact]
    public void A_feed_replaces_only_the_division_and_year_it_contains()
    {
        const string ve2020 = """
            {"england-and-wales":{"division":"england-and-wales","events":[
              {"title":"New Year’s Day","date":"2020-01-01","notes":"","bunting":true},
              {"title":"Good Friday","date":"2020-04-10","notes":"","bunting":false},
              {"title":"Easter Monday","date":"2020-04-13","notes":"","bunting":false},
              {"title":"Early May bank holiday (VE day)","date":"2020-05-08","notes":"","bunting":true},
              {"title":"Spring bank holiday","date":"2020-05-25","notes":"","bunting":true},
              {"title":"Summer bank holiday","date":"2020-08-31","notes":"","bunting":true},
              {"title":"Christmas Day","date":"2020-12-25","notes":"","bunting":true},
              {"title":"Boxing Day","date":"2020-12-28","notes":"Substitute day","bunting":true}]}}
            """;
        var calendar = UkCalendar.FromRules().WithFeed(ve2020);

        Assert.True(calendar.IsHoliday(Nation.England, Date("2020-05-08")));
        Assert.False(calendar.IsHoliday(Nation.England, Date("2020-05-04")));
        Assert.Equal(8, calendar.Holidays(Nation.Wales, 2020).Count);
        // Scotland was not in this feed, so it still has the rule's 4 May.
        Assert.True(calendar.IsHoliday(Nation.Scotland, Date("2020-05-04")));
        // Neither was 2021.
        Assert.Equal(rules.Holidays(Nation.England, 2021), calendar.Holidays(Nation.England, 2021));
    }

    [Fact]
    public void The_england_and_wales_feed_does_not_change_jersey()
    {
        // Jersey decides its own one-offs (in 2020 it kept 4 May and added 8 May), so UK changes are not copied.
        Assert.Equal(rules.Holidays(Nation.Jersey, 2022), fed.Holidays(Nation.Jersey, 2022));
    }

    [Fact]
    public void A_jersey_division_in_a_feed_wins_for_jersey()
    {
        // gov.je's 2020 list: Jersey kept Monday 4 May and added Friday 8 May (VE Day 75) beside
        // Saturday 9 May; 2021 added Monday 27 September for the Corn Riots anniversary.
        const string jersey = """
            {"jersey":{"division":"jersey","events":[
              {"title":"New Year’s Day","date":"2020-01-01","notes":"","bunting":true},
              {"title":"Good Friday","date":"2020-04-10","notes":"","bunting":false},
              {"title":"Easter Monday","date":"2020-04-13","notes":"","bunting":true},
              {"title":"Early May bank holiday","date":"2020-05-04","notes":"","bunting":true},
              {"title":"75th anniversary of VE Day","date":"2020-05-08","notes":"","bunting":true},
              {"title":"Liberation Day","date":"2020-05-09","notes":"","bunting":true},
              {"title":"Spring bank holiday","date":"2020-05-25","notes":"","bunting":true},
              {"title":"Summer bank holiday","date":"2020-08-31","notes":"","bunting":true},
              {"title":"Christmas Day","date":"2020-12-25","notes":"","bunting":true},
              {"title":"Boxing Day","date":"2020-12-28","notes":"Substitute day","bunting":true},
              {"title":"New Year’s Day","date":"2021-01-01","notes":"","bunting":true},
              {"title":"Good Friday","date":"2021-04-02","notes":"","bunting":false},
              {"title":"Easter Monday","date":"2021-04-05","notes":"","bunting":true},
              {"title":"Early May bank holiday","date":"2021-05-03","notes":"","bunting":true},
              {"title":"Spring bank holiday","date":"2021-05-31","notes":"","bunting":true},
              {"title":"Summer bank holiday","date":"2021-08-30","notes":"","bunting":true},
              {"title":"250th anniversary of the Corn Riots","date":"2021-09-27","notes":"","bunting":true},
              {"title":"Christmas Day","date":"2021-12-27","notes":"Substitute day","bunting":true},
              {"title":"Boxing Day","date":"2021-12-28","notes":"Substitute day","bunting":true}]}}
            """;
        var calendar = fed.WithFeed(jersey);

        Assert.True(calendar.IsHoliday(Nation.Jersey, Date("2020-05-04")));
        Assert.True(calendar.IsHoliday(Nation.Jersey, Date("2020-05-08")));
        Assert.False(calendar.IsHoliday(Nation.England, Date("2020-05-04")));
        Assert.True(calendar.IsHoliday(Nation.Jersey, Date("2021-09-27")));
        Assert.False(calendar.IsHoliday(Nation.England, Date("2021-09-27")));
        Assert.Equal(10, calendar.Holidays(Nation.Jersey, 2020).Count);
    }

    [Fact]
    public void Loading_a_newer_feed_over_the_default_keeps_the_years_it_does_not_mention()
    {
        var calendar = UkCalendar.Default.WithFeed(GovUkFeed2018To2025);

        Assert.True(calendar.IsHoliday(Nation.England, Date("2023-05-08")));
        Assert.Equal(UkCalendar.Default.Holidays(Nation.England, 2027), calendar.Holidays(Nation.England, 2027));
        Assert.Equal(UkCalendar.Default.Holidays(Nation.Jersey, 2024), calendar.Holidays(Nation.Jersey, 2024));
    }
}
