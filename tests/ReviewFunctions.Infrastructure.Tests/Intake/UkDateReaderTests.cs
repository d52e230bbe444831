using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>Dates as people type them, read day first; anything that would need a guess is refused with the reason.</summary>
public sealed class UkDateReaderTests
{
    [Theory]
    [InlineData("05/02/2027")]
    [InlineData("5/2/2027")]
    [InlineData("05.02.2027")]
    [InlineData("05-02-2027")]
    [InlineData("5 Feb 2027")]
    [InlineData("5 Feb. 2027")]
    [InlineData("5th February 2027")]
    [InlineData("5-Feb-2027")]
    [InlineData("Friday 5 February 2027")]
    [InlineData("Fri, 5th Feb 2027")]
    [InlineData("February 5, 2027")]
    [InlineData("2027-02-05")]
    [InlineData("2027/02/05")]
    [InlineData("  05/02/2027. ")]
    public void Every_usual_way_of_writing_5_February_2027_reads_as_that_day(string typed)
    {
        Assert.True(UkDateReader.TryRead(typed, out var date, out var reason), reason);
        Assert.Equal(new UkDate(new DateOnly(2027, 2, 5), null), date);
    }

    [Theory]
    [InlineData("05/02/2027 21:10", 21, 10)]
    [InlineData("05/02/2027 at 21:10", 21, 10)]
    [InlineData("5 Feb 2027 9.10pm", 21, 10)]
    [InlineData("5 Feb 2027, 9:10 a.m.", 9, 10)]
    [InlineData("05/02/2027 2110hrs", 21, 10)]
    [InlineData("2027-02-05T21:10:00Z", 21, 10)]
    [InlineData("2027-02-05 21:10", 21, 10)]
    [InlineData("21:10 05/02/2027", 21, 10)]
    [InlineData("9pm on 5 February 2027", 21, 0)]
    [InlineData("05/02/2027 12am", 0, 0)]
    public void A_time_with_the_date_is_kept(string typed, int hour, int minute)
    {
        Assert.True(UkDateReader.TryRead(typed, out var date, out var reason), reason);
        Assert.Equal(new UkDate(new DateOnly(2027, 2, 5), new TimeOnly(hour, minute)), date);
    }

    [Theory]
    [InlineData("05/02/27", "two-digit year")]
    [InlineData("5 Feb 27", "two-digit year")]
    [InlineData("31/02/2027", "February 2027 has no day 31")]
    [InlineData("29/02/2027", "February 2027 has no day 29")]
    [InlineData("02/13/2027", "there is no month 13")]
    [InlineData("00/01/2027", "has no day 0")]
    [InlineData("5 Feb", "has no year")]
    [InlineData("05/02", "has no year")]
    [InlineData("February 2027", "gives a month but not the day")]
    [InlineData("02/2027", "gives a month but not the day")]
    [InlineData("Monday 5 February 2027", "was a Friday, not a Monday")]
    [InlineData("5 Febtober 2027", "month we do not recognise")]
    [InlineData("05/02/2027 25:10", "time we cannot read")]
    [InlineData("last week", "not a date we can read")]
    [InlineData("05/02/1027", "not a plausible date")]
    public void An_ambiguous_or_impossible_date_is_refused_with_the_reason(string typed, string reason)
    {
        Assert.False(UkDateReader.TryRead(typed, out _, out var why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leap_day_in_a_leap_year_is_real()
    {
        Assert.True(UkDateReader.TryRead("29/02/2028", out var date, out _));
        Assert.Equal(new DateOnly(2028, 2, 29), date.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("N/A")]
    [InlineData("n/a")]
    [InlineData("Not applicable")]
    [InlineData("-")]
    [InlineData("None")]
    public void The_ways_of_saying_no_date_are_blank(string typed) => Assert.True(UkDateReader.IsBlank(typed));
}
