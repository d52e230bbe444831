using ReviewFunctions.Domain.Calendar;
using static ReviewFunctions.Domain.Tests.Calendar.CalendarTestData;

namespace ReviewFunctions.Domain.Tests.Calendar;

/// <summary>Expected days come from gov.uk's published data (2018–2025) and alphagov/calendars (2012–2017).</summary>
public class ScotlandRulesTests
{
    private readonly UkCalendar rules = UkCalendar.FromRules();

    [Theory]
    [InlineData(2019, "2019-01-01", "New Year’s Day", "")]
    [InlineData(2019, "2019-01-02", "2nd January", "")]
    [InlineData(2024, "2024-03-29", "Good Friday", "")]
    [InlineData(2024, "2024-05-06", "Early May bank holiday", "")]
    [InlineData(2024, "2024-05-27", "Spring bank holiday", "")]
    // Summer bank holiday is the first Monday of August, including when 1 August is the Monday.
    [InlineData(2024, "2024-08-05", "Summer bank holiday", "")]
    [InlineData(2025, "2025-08-04", "Summer bank holiday", "")]
    [InlineData(2022, "2022-08-01", "Summer bank holiday", "")]
    // St Andrew's Day on a weekday, a Saturday (2019, 2024, 2013) and a Sunday (2025, 2014).
    [InlineData(2023, "2023-11-30", "St Andrew’s Day", "")]
    [InlineData(2019, "2019-12-02", "St Andrew’s Day", SubstituteDay)]
    [InlineData(2024, "2024-12-02", "St Andrew’s Day", SubstituteDay)]
    [InlineData(2013, "2013-12-02", "St Andrew’s Day", SubstituteDay)]
    [InlineData(2025, "2025-12-01", "St Andrew’s Day", SubstituteDay)]
    [InlineData(2014, "2014-12-01", "St Andrew’s Day", SubstituteDay)]
    // 1 January on a Saturday (2 January a Sunday): Monday and Tuesday.
    [InlineData(2022, "2022-01-03", "New Year’s Day", SubstituteDay)]
    [InlineData(2022, "2022-01-04", "2nd January", SubstituteDay)]
    // 1 January on a Sunday: 2 January keeps Monday, New Year's Day moves to Tuesday.
    [InlineData(2017, "2017-01-02", "2nd January", "")]
    [InlineData(2017, "2017-01-03", "New Year’s Day", SubstituteDay)]
    [InlineData(2012, "2012-01-02", "2nd January", "")]
    [InlineData(2012, "2012-01-03", "New Year’s Day", SubstituteDay)]
    // 1 January on a Friday, 2 January a Saturday: 2 January moves to Monday.
    [InlineData(2021, "2021-01-04", "2nd January", SubstituteDay)]
    [InlineData(2016, "2016-01-04", "2nd January", SubstituteDay)]
    // Christmas and Boxing Day on a weekend, both ways round.
    [InlineData(2021, "2021-12-27", "Christmas Day", SubstituteDay)]
    [InlineData(2021, "2021-12-28", "Boxing Day", SubstituteDay)]
    [InlineData(2022, "2022-12-26", "Boxing Day", "")]
    [InlineData(2022, "2022-12-27", "Christmas Day", SubstituteDay)]
    [InlineData(2020, "2020-12-28", "Boxing Day", SubstituteDay)]
    public void Rules_give_the_published_day(int year, string date, string title, string notes) =>
        Assert.Equal(new BankHoliday(Date(date), title, notes), rules.Holidays(Nation.Scotland, year).On(date));

    [Theory]
    [InlineData("2024-04-01")] // Easter Monday is not a Scottish bank holiday.
    [InlineData("2024-08-26")] // Nor is the last Monday of August.
    [InlineData("2024-11-29")]
    [InlineData("2023-01-04")]
    public void Working_days_in_scotland(string date) =>
        Assert.True(rules.IsWorkingDay(Nation.Scotland, Date(date)));

    [Fact]
    public void New_year_on_a_sunday_uses_the_two_weekdays_that_gov_uk_gave_in_2023()
    {
        // gov.uk labelled these the other way round in 2023 from 2012 and 2017; the dates agree.
        var january = rules.Holidays(Nation.Scotland, 2023).Where(h => h.Date.Month == 1);
        Assert.Equal(["2023-01-02", "2023-01-03"], january.Dates());
    }

    [Fact]
    public void A_whole_year_matches_gov_uk()
    {
        string[] published =
        [
            "2019-01-01", "2019-01-02", "2019-04-19", "2019-05-06", "2019-05-27",
            "2019-08-05", "2019-12-02", "2019-12-25", "2019-12-26",
        ];
        Assert.Equal(published, rules.Holidays(Nation.Scotland, 2019).Dates());
    }
}
