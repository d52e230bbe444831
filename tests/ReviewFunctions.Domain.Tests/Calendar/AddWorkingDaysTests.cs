using ReviewFunctions.Domain.Calendar;
using static ReviewFunctions.Domain.Tests.Calendar.CalendarTestData;

namespace ReviewFunctions.Domain.Tests.Calendar;

/// <summary>
/// Each case counts on a paper calendar using gov.uk's published holidays (2020–2025 from the
/// feed; 2026–2027 from the dates gov.uk has announced, which follow the standing rules).
/// </summary>
public class AddWorkingDaysTests
{
    private readonly UkCalendar calendar = UkCalendar.Default;

    [Theory]
    // Friday + 1 is Monday; from's own day never counts, working day or not.
    [InlineData("england", "2024-03-08", 1, "2024-03-11")]
    [InlineData("england", "2024-03-06", 1, "2024-03-07")]
    [InlineData("england", "2024-03-09", 1, "2024-03-11")]
    [InlineData("england", "2024-03-10", 1, "2024-03-11")]
    [InlineData("england", "2024-03-08", 5, "2024-03-15")]
    // Easter: Good Friday 29 March and Easter Monday 1 April 2024 in England, Wales, NI and Jersey;
    // Scotland has no Easter Monday.
    [InlineData("england", "2024-03-28", 1, "2024-04-02")]
    [InlineData("wales", "2024-03-28", 1, "2024-04-02")]
    [InlineData("northern-ireland", "2024-03-28", 1, "2024-04-02")]
    [InlineData("jersey", "2024-03-28", 1, "2024-04-02")]
    [InlineData("scotland", "2024-03-28", 1, "2024-04-01")]
    // St Patrick's Day 2024 fell on a Sunday; NI took Monday 18 March.
    [InlineData("northern-ireland", "2024-03-15", 1, "2024-03-19")]
    [InlineData("england", "2024-03-15", 1, "2024-03-18")]
    // Liberation Day 2024 was a Thursday in Jersey only.
    [InlineData("jersey", "2024-05-08", 1, "2024-05-10")]
    [InlineData("england", "2024-05-08", 1, "2024-05-09")]
    // Jersey's one-off public holiday for the King's visit, Monday 15 July 2024.
    [InlineData("jersey", "2024-07-12", 1, "2024-07-16")]
    [InlineData("england", "2024-07-12", 1, "2024-07-15")]
    // 12 July 2025 was a Saturday; NI took Monday 14 July.
    [InlineData("northern-ireland", "2025-07-11", 1, "2025-07-15")]
    // St Andrew's Day 2025 was a Sunday; Scotland took Monday 1 December.
    [InlineData("scotland", "2025-11-28", 1, "2025-12-02")]
    [InlineData("england", "2025-11-28", 1, "2025-12-01")]
    // Summer bank holiday: first Monday of August in Scotland, last elsewhere.
    [InlineData("scotland", "2025-08-01", 1, "2025-08-05")]
    [InlineData("england", "2025-08-01", 1, "2025-08-04")]
    [InlineData("england", "2025-08-22", 1, "2025-08-26")]
    [InlineData("scotland", "2025-08-22", 1, "2025-08-25")]
    public void Counts_forward_over_weekends_and_holidays(string nation, string from, int days, string expected) =>
        Assert.Equal(Date(expected), calendar.AddWorkingDays(NationNamed(nation), Date(from), days));

    [Theory]
    // Christmas 2020 was a Friday (Boxing Day substitute Monday 28th); 1 January 2021 a Friday and,
    // in Scotland, 2 January (a Saturday) moved to Monday 4 January. 2026–27 falls the same way.
    [InlineData("scotland", "2020-12-24", 5, "2021-01-06")]
    [InlineData("england", "2020-12-24", 5, "2021-01-05")]
    [InlineData("northern-ireland", "2020-12-24", 5, "2021-01-05")]
    [InlineData("scotland", "2026-12-24", 5, "2027-01-06")]
    [InlineData("england", "2026-12-24", 5, "2027-01-05")]
    [InlineData("wales", "2026-12-24", 5, "2027-01-05")]
    [InlineData("northern-ireland", "2026-12-24", 5, "2027-01-05")]
    [InlineData("jersey", "2026-12-24", 5, "2027-01-05")]
    // Christmas 2021 on a Saturday: Monday 27 and Tuesday 28 December were both holidays, and
    // New Year's Day 2022 (a Saturday) moved to Monday 3 January (Tuesday 4th too in Scotland).
    [InlineData("northern-ireland", "2021-12-24", 1, "2021-12-29")]
    [InlineData("england", "2021-12-24", 4, "2022-01-04")]
    [InlineData("scotland", "2021-12-24", 4, "2022-01-05")]
    public void Counts_forward_across_the_year_end(string nation, string from, int days, string expected) =>
        Assert.Equal(Date(expected), calendar.AddWorkingDays(NationNamed(nation), Date(from), days));

    [Theory]
    [InlineData("england", "2024-03-11", -1, "2024-03-08")]
    [InlineData("england", "2024-04-02", -1, "2024-03-28")]
    [InlineData("scotland", "2024-04-02", -1, "2024-04-01")]
    [InlineData("england", "2022-01-04", -1, "2021-12-31")]
    [InlineData("scotland", "2022-01-05", -1, "2021-12-31")]
    [InlineData("scotland", "2021-01-06", -5, "2020-12-24")]
    [InlineData("jersey", "2024-05-10", -1, "2024-05-08")]
    public void Counts_backward(string nation, string from, int days, string expected) =>
        Assert.Equal(Date(expected), calendar.AddWorkingDays(NationNamed(nation), Date(from), days));

    [Theory]
    [InlineData("2024-03-06")] // a working day
    [InlineData("2024-03-09")] // a Saturday
    [InlineData("2024-12-25")] // a holiday
    public void Zero_days_is_the_start_date_itself(string from)
    {
        foreach (var nation in Enum.GetValues<Nation>())
        {
            Assert.Equal(Date(from), calendar.AddWorkingDays(nation, Date(from), 0));
        }
    }

    [Fact]
    public void Forward_and_back_by_the_same_amount_returns_to_a_working_start()
    {
        var start = Date("2024-03-06");
        foreach (var nation in Enum.GetValues<Nation>())
        {
            for (var days = 1; days <= 300; days += 7)
            {
                var there = calendar.AddWorkingDays(nation, start, days);
                Assert.Equal(start, calendar.AddWorkingDays(nation, there, -days));
            }
        }
    }

    [Fact]
    public void An_unknown_nation_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays((Nation)99, Date("2024-03-06"), 1));
}
