namespace ReviewFunctions.Domain.Deadlines;

/// <summary>UK local dates and times. Procedures speak of UK days, so every day boundary is taken in Europe/London.</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Reminders and digests go out at the start of a working morning.</summary>
    public static readonly TimeOnly MorningReminderTime = new(9, 0);

    public static DateTimeOffset ToUkLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London);

    public static DateOnly ToUkDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToUkLocal(instant).DateTime);

    /// <summary>The instant a UK local wall-clock time occurs. UK clocks change at 01:00/02:00, so midnight and 09:00 always exist once.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local));
    }

    public static DateTimeOffset StartOfDay(DateOnly day) => At(day, TimeOnly.MinValue);

    public static DateTimeOffset Morning(DateOnly day) => At(day, MorningReminderTime);
}
