using ReviewFunctions.Domain.Calendar;
using static ReviewFunctions.Domain.Tests.Calendar.CalendarTestData;

namespace ReviewFunctions.Domain.Tests.Calendar;

/// <summary>
/// Every expected day is taken from gov.uk's published data (bank-holidays.json for 2018–2025,
/// alphagov/calendars lib/data/bank-holidays.json for 2012–2017), not worked out from the code.
/// </summary>
public class EnglandAndWalesRulesTests
{
    private readonly UkCalendar rules = UkCalendar.FromRules();

    [Theory]
    // Fixed days on weekdays.
    [InlineData(2019, "2019-01-01", "New Year’s Day", "")]
    [InlineData(2019, "2019-12-25", "Christmas Day", "")]
    [InlineData(2019, "2019-12-26", "Boxing Day", "")]
    // Easter-based days.
    [InlineData(2024, "2024-03-29", "Good Friday", "")]
    [InlineData(2024, "2024-04-01", "Easter Monday", "")]
    [InlineData(2019, "2019-04-19", "Good Friday", "")]
    [InlineData(2019, "2019-04-22", "Easter Monday", "")]
    // First Monday of May, including a year where 1 May is itself the Monday.
    [InlineData(2024, "2024-05-06", "Early May bank holiday", "")]
    [InlineData(2017, "2017-05-01", "Early May bank holiday", "")]
    // Last Monday of May, including a year where 31 May is itself the Monday.
    [InlineData(2025, "2025-05-26", "Spring bank holiday", "")]
    [InlineData(2021, "2021-05-31", "Spring bank holiday", "")]
    // Last Monday of August.
    [InlineData(2020, "2020-08-31", "Summer bank holiday", "")]
    [InlineData(2025, "2025-08-25", "Summer bank holiday", "")]
    // New Year's Day on a Saturday (2022) and a Sunday (2023, 2017): the Monday after.
    [InlineData(2022, "2022-01-03", "New Year’s Day", SubstituteDay)]
    [InlineData(2023, "2023-01-02", "New Year’s Day", SubstituteDay)]
    [InlineData(2017, "2017-01-02", "New Year’s Day", SubstituteDay)]
    // Christmas on a Saturday, Boxing Day on a Sunday: Monday and Tuesday.
    [InlineData(2021, "2021-12-27", "Christmas Day", SubstituteDay)]
    [InlineData(2021, "2021-12-28", "Boxing Day", SubstituteDay)]
    // Christmas on a Sunday: Boxing Day keeps Monday, Christmas moves to Tuesday.
    [InlineData(2022, "2022-12-26", "Boxing Day", "")]
    [InlineData(2022, "2022-12-27", "Christmas Day", SubstituteDay)]
    [InlineData(2016, "2016-12-26", "Boxing Day", "")]
    [InlineData(2016, "2016-12-27", "Christmas Day", SubstituteDay)]
    // Christmas on a Friday, Boxing Day on a Saturday: Boxing Day moves to Monday.
    [InlineData(2020, "2020-12-28", "Boxing Day", SubstituteDay)]
    [InlineData(2015, "2015-12-28", "Boxing Day", SubstituteDay)]
    public void Rules_give_the_published_day(int year, string date, string title, string notes)
    {
        foreach (var nation in new[] { Nation.England, Nation.Wales })
        {
            Assert.Equal(new BankHoliday(Date(date), title, notes), rules.Holidays(nation, year).On(date));
        }
    }

    [Theory]
    [InlineData("2022-01-01")]
    [InlineData("2021-12-25")]
    [InlineData("2021-12-26")]
    [InlineData("2022-12-25")]
    [InlineData("2020-12-26")]
    public void A_holiday_that_falls_on_a_weekend_is_not_listed_on_that_weekend(string date) =>
        Assert.False(rules.IsHoliday(Nation.England, Date(date)));

    [Theory]
    [InlineData("2024-01-02")]
    [InlineData("2024-11-29")]
    [InlineData("2024-03-18")]
    [InlineData("2024-07-12")]
    [InlineData("2024-05-09")]
    public void Other_nations_holidays_are_working_days(string date) =>
        Assert.True(rules.IsWorkingDay(Nation.England, Date(date)));

    [Fact]
    public void Wales_has_exactly_the_england_and_wales_holidays()
    {
        for (var year = 2010; year <= 2040; year++)
        {
            Assert.Equal(rules.Holidays(Nation.England, year), rules.Holidays(Nation.Wales, year));
        }
    }

    [Fact]
    public void A_whole_year_matches_gov_uk()
    {
        string[] published =
        [
            "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06",
            "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26",
        ];
        Assert.Equal(published, rules.Holidays(Nation.England, 2019).Dates());
    }
}
