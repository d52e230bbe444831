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

    /// <summary>
    /// The first digest instant at or after <paramref name="now"/>. At or after, so a host stopped just as a digest fell
    /// due sends it when it starts again; a digest already sent that day is claimed per person and never goes twice.
    /// </summary>
    public DateTimeOffset AtOrAfter(DateTimeOffset now)
    {
        var day = UkTime.ToUkDate(now);
        while (!calendar.IsWorkingDay(nation, day) || UkTime.At(day, SendTime) < now)
        {
            day = day.AddDays(1);
        }

        return UkTime.At(day, SendTime);
    }

    /// <summary>The digest instant after the one at <paramref name="sent"/>.</summary>
    public DateTimeOffset After(DateTimeOffset sent) => AtOrAfter(sent.AddTicks(1));
}
