using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Domain.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new(UkCalendar.Default);

    private static DeadlineRule After(int amount, DeadlineUnit unit) => new(new Period(amount, unit));

    private static DeadlineRule Before(int amount, DeadlineUnit unit) => new(new Period(amount, unit), DeadlineDirection.Before);

    private static DateTimeOffset Uk(int y, int m, int d, int h = 10) => UkTime.At(new DateOnly(y, m, d), new TimeOnly(h, 0));

    [Theory]
    [InlineData("2027-01-31", 1, "2027-02-28")]
    [InlineData("2028-01-31", 1, "2028-02-29")]
    [InlineData("2027-08-31", 6, "2028-02-29")]
    [InlineData("2027-03-31", 1, "2027-04-30")]
    [InlineData("2027-02-08", 6, "2027-08-08")]
    public void Months_clamp_to_the_end_of_a_shorter_month(string from, int months, string due)
    {
        var result = Calculator.DueFrom(After(months, DeadlineUnit.Months), UkTime.StartOfDay(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture)), Nation.England);

        Assert.Equal(due, result.ToIsoString());
    }

    [Fact]
    public void A_calendar_deadline_on_a_weekend_or_holiday_stays_where_it_falls()
    {
        Assert.Equal(new DateOnly(2027, 5, 8), Calculator.DueFrom(After(1, DeadlineUnit.Months), Uk(2027, 4, 8), Nation.England).Day);
        Assert.Equal(new DateOnly(2027, 12, 25), Calculator.DueFrom(After(2, DeadlineUnit.Weeks), Uk(2027, 12, 11), Nation.England).Day);
        Assert.Equal(new DateOnly(2027, 12, 26), Calculator.DueFrom(After(1, DeadlineUnit.Days), Uk(2027, 12, 25), Nation.England).Day);
    }

    [Fact]
    public void Working_days_count_from_the_day_after_the_anchor_and_skip_the_nations_holidays()
    {
        Assert.Equal(new DateOnly(2027, 2, 9), Calculator.DueFrom(After(1, DeadlineUnit.WorkingDays), Uk(2027, 2, 8), Nation.England).Day);
        Assert.Equal(new DateOnly(2027, 2, 15), Calculator.DueFrom(After(1, DeadlineUnit.WorkingDays), Uk(2027, 2, 12), Nation.England).Day);
        // Saturday 13 Feb: the first working day after it is Monday 15, the fifth Friday 19.
        Assert.Equal(new DateOnly(2027, 2, 19), Calculator.DueFrom(After(5, DeadlineUnit.WorkingDays), Uk(2027, 2, 13), Nation.England).Day);
        // 12 July 2027 is a Monday: a holiday in Northern Ireland only.
        Assert.Equal(new DateOnly(2027, 7, 12), Calculator.DueFrom(After(1, DeadlineUnit.WorkingDays), Uk(2027, 7, 9), Nation.England).Day);
        Assert.Equal(new DateOnly(2027, 7, 13), Calculator.DueFrom(After(1, DeadlineUnit.WorkingDays), Uk(2027, 7, 9), Nation.NorthernIreland).Day);
        // Scotland's summer holiday is the first Monday of August, England's the last.
        Assert.Equal(new DateOnly(2027, 8, 3), Calculator.DueFrom(After(1, DeadlineUnit.WorkingDays), Uk(2027, 7, 30), Nation.Scotland).Day);
        Assert.Equal(new DateOnly(2027, 8, 2), Calculator.DueFrom(After(1, DeadlineUnit.WorkingDays), Uk(2027, 7, 30), Nation.Wales).Day);
    }

    [Fact]
    public void A_day_deadline_is_due_at_the_end_of_its_UK_day_in_summer_and_winter()
    {
        var winter = Calculator.DueFrom(After(1, DeadlineUnit.WorkingDays), Uk(2027, 2, 8), Nation.England);
        Assert.Equal(new DateTimeOffset(2027, 2, 10, 0, 0, 0, TimeSpan.Zero), winter.Deadline);
        Assert.Null(winter.At);

        var summer = Calculator.DueFrom(After(1, DeadlineUnit.WorkingDays), Uk(2027, 6, 7), Nation.England);
        Assert.Equal(new DateTimeOffset(2027, 6, 9, 0, 0, 0, TimeSpan.FromHours(1)), summer.Deadline);
        Assert.True(summer.IsOverdueAt(new DateTimeOffset(2027, 6, 8, 23, 0, 0, TimeSpan.Zero)));
        Assert.False(summer.IsOverdueAt(new DateTimeOffset(2027, 6, 8, 22, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void An_hours_deadline_is_due_at_its_exact_instant_across_a_clock_change()
    {
        // 72 hours from midnight on Friday 26 March 2027 crosses the change to BST on Sunday 28 March.
        var due = Calculator.DueFrom(After(72, DeadlineUnit.Hours), UkTime.StartOfDay(new DateOnly(2027, 3, 26)), Nation.England);

        Assert.Equal(new DateTimeOffset(2027, 3, 29, 0, 0, 0, TimeSpan.Zero), due.At);
        Assert.Equal("2027-03-29T01:00:00+01:00", due.ToIsoString());
        Assert.Equal(due.At, due.Deadline);
    }

    [Fact]
    public void A_notice_period_counts_back_from_its_anchor()
    {
        Assert.Equal(new DateOnly(2027, 10, 1), Calculator.DueFrom(Before(1, DeadlineUnit.Weeks), Uk(2027, 10, 8), Nation.England).Day);
        Assert.Equal(new DateOnly(2027, 9, 28), Calculator.DueFrom(Before(7, DeadlineUnit.WorkingDays), Uk(2027, 10, 7), Nation.England).Day);
        Assert.Equal(new DateOnly(2027, 2, 28), Calculator.DueFrom(Before(1, DeadlineUnit.Months), Uk(2027, 3, 31), Nation.England).Day);
    }

    [Theory]
    [InlineData(1, DeadlineUnit.WorkingDays, "1 working day after referral received")]
    [InlineData(5, DeadlineUnit.WorkingDays, "5 working days after referral received")]
    [InlineData(72, DeadlineUnit.Hours, "72 hours after referral received")]
    [InlineData(1, DeadlineUnit.Months, "1 month after referral received")]
    public void A_rule_reads_as_a_person_would_say_it(int amount, DeadlineUnit unit, string expected)
    {
        Assert.Equal(expected, After(amount, unit).Describe("referral received"));
    }
}
