using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Domain.Tests.Notices;

public sealed class UkDatesTests
{
    [Fact]
    public void A_date_is_written_the_UK_way_with_its_weekday()
    {
        Assert.Equal("Tuesday 9 February 2027", UkDates.Written(new DateOnly(2027, 2, 9)));
        Assert.Equal("Sunday 31 October 2027", UkDates.Written(new DateOnly(2027, 10, 31)));
    }

    [Fact]
    public void An_hour_deadline_gives_its_UK_time_in_summer()
    {
        var due = Due.Instant(new DateTimeOffset(2027, 7, 1, 13, 30, 0, TimeSpan.Zero));
        Assert.Equal("Thursday 1 July 2027 at 14:30", UkDates.Written(due));
    }

    [Fact]
    public void An_instant_late_in_the_UK_evening_keeps_its_UK_day()
    {
        Assert.Equal("Saturday 3 July 2027", UkDates.Written(new DateTimeOffset(2027, 7, 3, 23, 30, 0, TimeSpan.Zero).AddHours(-1)));
    }
}
