using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// When the morning reminder digest goes: 09:05 UK time on each of the Board's working days, just after the reviews'
/// own 09:00 reminders are queued (the Functions app's SendMorningDigest timer keeps the same time).
/// </summary>
public sealed class MorningDigestTimes(UkCalendar calendar, Nation nation)
{
    private static readonly TimeOnly SendTime = new(9, 5);

    /// <summary>The first digest instant strictly after <paramref name="now"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset now)
    {
        var day = UkTime.ToUkDate(now);
        while (!calendar.IsWorkingDay(nation, day) || UkTime.At(day, SendTime) <= now)
        {
            day = day.AddDays(1);
        }

        return UkTime.At(day, SendTime);
    }
}
