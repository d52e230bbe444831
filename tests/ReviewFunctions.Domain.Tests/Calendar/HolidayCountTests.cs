using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Domain.Tests.Calendar;

public class HolidayCountTests
{
    private readonly UkCalendar rules = UkCalendar.FromRules();

    [Theory]
    [InlineData(Nation.England, 8)]
    [InlineData(Nation.Wales, 8)]
    [InlineData(Nation.Scotland, 9)]
    [InlineData(Nation.NorthernIreland, 10)]
    public void Every_year_has_the_statutory_number(Nation nation, int count)
    {
        for (var year = 1990; year <= 2100; year++)
        {
            Assert.Equal(count, rules.Holidays(nation, year).Count);
        }
    }

    [Theory]
    [InlineData(2024, 9)] // 9 May a Thursday
    [InlineData(2025, 9)] // Friday
    [InlineData(2026, 9)] // Saturday: still a holiday, just not a lost working day
    [InlineData(2027, 8)] // Sunday: no holiday and no substitute
    [InlineData(2028, 9)] // Tuesday
    public void Jersey_has_nine_unless_liberation_day_is_a_sunday(int year, int count) =>
        Assert.Equal(count, rules.Holidays(Nation.Jersey, year).Count);

    [Fact]
    public void Jersey_count_follows_the_weekday_of_9_may_in_every_year()
    {
        for (var year = 1990; year <= 2100; year++)
        {
            var expected = new DateOnly(year, 5, 9).DayOfWeek == DayOfWeek.Sunday ? 8 : 9;
            Assert.Equal(expected, rules.Holidays(Nation.Jersey, year).Count);
        }
    }

    [Fact]
    public void Holidays_are_in_date_order_and_distinct_and_substitutes_are_weekdays()
    {
        foreach (var nation in Enum.GetValues<Nation>())
        {
            for (var year = 1990; year <= 2100; year++)
            {
                var holidays = rules.Holidays(nation, year);
                Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
                Assert.Equal(holidays.Count, holidays.Select(h => h.Date).Distinct().Count());
                Assert.All(
                    holidays.Where(h => h.Notes.Length > 0),
                    h => Assert.True(h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
                Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
            }
        }
    }
}
