using ReviewFunctions.Domain.Calendar;
using static ReviewFunctions.Domain.Tests.Calendar.CalendarTestData;

namespace ReviewFunctions.Domain.Tests.Calendar;

/// <summary>
/// Jersey's days are checked against gov.je's bank-holiday page as archived year by year (the
/// lists in python-holidays' tests/countries/test_jersey.py), the States Assembly statement of
/// 16 March 2004 (no Monday in lieu of a Sunday Liberation Day) and the Council of Ministers'
/// comments on P.11/2015 (none for a Saturday one either).
/// </summary>
public class JerseyRulesTests
{
    private readonly UkCalendar rules = UkCalendar.FromRules();

    [Theory]
    [InlineData(2014, new[] { "2014-01-01", "2014-04-18", "2014-04-21", "2014-05-05", "2014-05-09", "2014-05-26", "2014-08-25", "2014-12-25", "2014-12-26" })]
    [InlineData(2019, new[] { "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-09", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26" })]
    [InlineData(2024, new[] { "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-09", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26" })]
    public void A_year_is_england_and_wales_plus_liberation_day(int year, string[] published) =>
        Assert.Equal(published, rules.Holidays(Nation.Jersey, year).Dates());

    [Theory]
    [InlineData(2024, "2024-05-09")] // Thursday
    [InlineData(2022, "2022-05-09")] // Monday
    [InlineData(2025, "2025-05-09")] // Friday
    public void Liberation_day_on_a_weekday_is_a_holiday(int year, string date)
    {
        Assert.Equal(new BankHoliday(Date(date), "Liberation Day", ""), rules.Holidays(Nation.Jersey, year).On(date));
        Assert.False(rules.IsWorkingDay(Nation.Jersey, Date(date)));
    }

    [Theory]
    [InlineData("2015-05-09", "2015-05-11")]
    [InlineData("2020-05-09", "2020-05-11")]
    public void Liberation_day_on_a_saturday_is_a_holiday_with_no_monday_in_lieu(string saturday, string monday)
    {
        Assert.True(rules.IsHoliday(Nation.Jersey, Date(saturday)));
        Assert.True(rules.IsWorkingDay(Nation.Jersey, Date(monday)));
    }

    [Theory]
    [InlineData("2004-05-09", "2004-05-10")]
    [InlineData("2021-05-09", "2021-05-10")]
    [InlineData("2027-05-09", "2027-05-10")]
    public void Liberation_day_on_a_sunday_is_no_holiday_and_has_no_substitute(string sunday, string monday)
    {
        Assert.False(rules.IsHoliday(Nation.Jersey, Date(sunday)));
        Assert.True(rules.IsWorkingDay(Nation.Jersey, Date(monday)));
        Assert.DoesNotContain(rules.Holidays(Nation.Jersey, Date(sunday).Year), h => h.Title == "Liberation Day");
    }

    [Theory]
    [InlineData("2022-01-03")] // New Year's Day on a Saturday.
    [InlineData("2021-12-27")] // Christmas on a Saturday ...
    [InlineData("2021-12-28")] // ... and Boxing Day on a Sunday.
    [InlineData("2022-12-27")] // Christmas on a Sunday.
    [InlineData("2020-12-28")] // Boxing Day on a Saturday.
    public void Weekend_christmas_and_new_year_have_the_english_substitutes(string date) =>
        Assert.True(rules.IsHoliday(Nation.Jersey, Date(date)));

    [Theory]
    [InlineData("2024-01-02")]
    [InlineData("2024-03-18")]
    [InlineData("2024-07-12")]
    [InlineData("2024-08-05")]
    [InlineData("2024-12-02")]
    public void Scottish_and_northern_irish_days_are_working_days(string date) =>
        Assert.True(rules.IsWorkingDay(Nation.Jersey, Date(date)));
}
