using System.Globalization;
using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Local.Dashboard.Formatting;

/// <summary>Dates and times as GOV.UK writes them ("Tuesday 9 February 2027 at 9:30am"), always in UK local time.</summary>
public static class UkDates
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", EnglishUk);

    public static string DayAndTime(DateTimeOffset instant)
    {
        var local = UkTime.ToUkLocal(instant);
        return $"{Day(DateOnly.FromDateTime(local.DateTime))} at {Time(TimeOnly.FromDateTime(local.DateTime))}";
    }

    /// <summary>"9am", "9:30am", "midday" and "midnight": the GOV.UK style, which never leaves 12:00 ambiguous.</summary>
    public static string Time(TimeOnly time) => time switch
    {
        { Hour: 0, Minute: 0 } => "midnight",
        { Hour: 12, Minute: 0 } => "midday",
        { Minute: 0 } => time.ToString("%h", EnglishUk) + Meridiem(time),
        _ => time.ToString("h:mm", EnglishUk) + Meridiem(time),
    };

    /// <summary>
    /// The instant a step becomes overdue, as the day it is due. A deadline at UK midnight means "by the end of the day
    /// before" (that is how day deadlines are kept, and how a 72-hour rule from midnight ends), so that day is shown.
    /// </summary>
    public static string Deadline(DateTimeOffset deadline)
    {
        var local = UkTime.ToUkLocal(deadline);
        var day = DateOnly.FromDateTime(local.DateTime);
        return local.TimeOfDay == TimeSpan.Zero ? Day(day.AddDays(-1)) : DayAndTime(deadline);
    }

    /// <summary>A step's due as the API gives it: an ISO date for day rules, a date and time for hour rules.</summary>
    public static string Due(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? Day(day)
            : Deadline(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture));

    /// <summary>A recorded instant (ISO 8601, UTC) in UK words.</summary>
    public static string Recorded(string iso) => DayAndTime(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture));

    public static string Recorded(DateTimeOffset instant) => DayAndTime(instant);

    private static string Meridiem(TimeOnly time) => time.Hour < 12 ? "am" : "pm";
}
