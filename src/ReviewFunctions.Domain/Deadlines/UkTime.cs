using System.Collections.Concurrent;

namespace ReviewFunctions.Domain.Deadlines;

/// <summary>UK local dates and times. Procedures speak of UK days, so every day boundary is taken in Europe/London.</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Reminders and digests go out at the start of a working morning.</summary>
    public static readonly TimeOnly MorningReminderTime = new(9, 0);

    /// <summary>Marks an hour or a day in which the UK offset changes: those are asked of the time zone every time.</summary>
    private static readonly TimeSpan Changes = TimeSpan.MinValue;

    // The decider converts the same few thousand hours and days over and over, and a time-zone lookup costs many times a
    // dictionary's; the caches hold only spans whose offset the time zone itself says is the same from start to end.
    private static readonly ConcurrentDictionary<long, TimeSpan> OffsetByUtcHour = new();
    private static readonly ConcurrentDictionary<int, TimeSpan> OffsetByLocalDay = new();

    public static DateTimeOffset ToUkLocal(DateTimeOffset instant)
    {
        var offset = OffsetByUtcHour.GetOrAdd(instant.UtcTicks / TimeSpan.TicksPerHour, static hour => SameOffset(
            London.GetUtcOffset(new DateTime(hour * TimeSpan.TicksPerHour, DateTimeKind.Utc)),
            London.GetUtcOffset(new DateTime(((hour + 1) * TimeSpan.TicksPerHour) - 1, DateTimeKind.Utc))));
        return offset == Changes ? TimeZoneInfo.ConvertTime(instant, London) : instant.ToOffset(offset);
    }

    public static DateOnly ToUkDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToUkLocal(instant).DateTime);

    /// <summary>The instant a UK local wall-clock time occurs. UK clocks change at 01:00/02:00, so midnight and 09:00 always exist once.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        var offset = OffsetByLocalDay.GetOrAdd(day.DayNumber, static dayNumber => SameOffset(
            London.GetUtcOffset(DateOnly.FromDayNumber(dayNumber).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified)),
            London.GetUtcOffset(DateOnly.FromDayNumber(dayNumber).ToDateTime(TimeOnly.MaxValue, DateTimeKind.Unspecified))));
        return new DateTimeOffset(local, offset == Changes ? London.GetUtcOffset(local) : offset);
    }

    public static DateTimeOffset StartOfDay(DateOnly day) => At(day, TimeOnly.MinValue);

    public static DateTimeOffset Morning(DateOnly day) => At(day, MorningReminderTime);

    private static TimeSpan SameOffset(TimeSpan start, TimeSpan end) => start == end ? start : Changes;
}
