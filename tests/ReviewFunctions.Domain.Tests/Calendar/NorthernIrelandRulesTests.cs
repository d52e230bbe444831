using ReviewFunctions.Domain.Calendar;
using static ReviewFunctions.Domain.Tests.Calendar.CalendarTestData;

namespace ReviewFunctions.Domain.Tests.Calendar;

/// <summary>Expected days come from gov.uk's published data (2018–2025) and alphagov/calendars (2012–2017).</summary>
public class NorthernIrelandRulesTests
{
    private readonly UkCalendar rules = UkCalendar.FromRules();

    [Theory]
    [InlineData(2024, "2024-01-01", "New Year’s Day", "")]
    [InlineData(2024, "2024-03-29", "Good Friday", "")]
    [InlineData(2024, "2024-04-01", "Easter Monday", "")]
    [InlineData(2024, "2024-05-06", "Early May bank holiday", "")]
    [InlineData(2024, "2024-05-27", "Spring bank holiday", "")]
    [InlineData(2024, "2024-08-26", "Summer bank holiday", "")]
    // St Patrick's Day on a weekday, a Saturday (2018, 2012) and a Sunday (2019, 2024, 2013).
    [InlineData(2025, "2025-03-17", "St Patrick’s Day", "")]
    [InlineData(2023, "2023-03-17", "St Patrick’s Day", "")]
    [InlineData(2018, "2018-03-19", "St Patrick’s Day", SubstituteDay)]
    [InlineData(2012, "2012-03-19", "St Patrick’s Day", SubstituteDay)]
    [InlineData(2019, "2019-03-18", "St Patrick’s Day", SubstituteDay)]
    [InlineData(2024, "2024-03-18", "St Patrick’s Day", SubstituteDay)]
    [InlineData(2013, "2013-03-18", "St Patrick’s Day", SubstituteDay)]
    // 12 July on a weekday, a Sunday (2020) and a Saturday (2025, 2014).
    [InlineData(2024, "2024-07-12", "Battle of the Boyne (Orangemen’s Day)", "")]
    [InlineData(2020, "2020-07-13", "Battle of the Boyne (Orangemen’s Day)", SubstituteDay)]
    [InlineData(2025, "2025-07-14", "Battle of the Boyne (Orangemen’s Day)", SubstituteDay)]
    [InlineData(2014, "2014-07-14", "Battle of the Boyne (Orangemen’s Day)", SubstituteDay)]
    // New Year and Christmas substitutes are the England and Wales ones.
    [InlineData(2022, "2022-01-03", "New Year’s Day", SubstituteDay)]
    [InlineData(2023, "2023-01-02", "New Year’s Day", SubstituteDay)]
    [InlineData(2021, "2021-12-27", "Christmas Day", SubstituteDay)]
    [InlineData(2021, "2021-12-28", "Boxing Day", SubstituteDay)]
    [InlineData(2022, "2022-12-27", "Christmas Day", SubstituteDay)]
    [InlineData(2020, "2020-12-28", "Boxing Day", SubstituteDay)]
    public void Rules_give_the_published_day(int year, string date, string title, string notes) =>
        Assert.Equal(new BankHoliday(Date(date), title, notes), rules.Holidays(Nation.NorthernIreland, year).On(date));

    [Theory]
    [InlineData("2024-03-17")] // A Sunday: the holiday is the Monday.
    [InlineData("2020-07-12")]
    [InlineData("2025-07-12")]
    public void The_weekend_day_itself_is_not_listed(string date) =>
        Assert.False(rules.IsHoliday(Nation.NorthernIreland, Date(date)));

    [Fact]
    public void A_whole_year_matches_gov_uk()
    {
        string[] published =
        [
            "2019-01-01", "2019-03-18", "2019-04-19", "2019-04-22", "2019-05-06",
            "2019-05-27", "2019-07-12", "2019-08-26", "2019-12-25", "2019-12-26",
        ];
        Assert.Equal(published, rules.Holidays(Nation.NorthernIreland, 2019).Dates());
    }
}
