using System.Globalization;
using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Domain.Notices;

/// <summary>Dates as a UK letter writes them: the weekday, the day without a leading zero, the month in full.</summary>
public static class UkDates
{
    /// <summary>"Tuesday 9 February 2027".</summary>
    public static string Written(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A due date: "Tuesday 9 February 2027", or "Tuesday 9 February 2027 at 14:00" for an hour deadline.</summary>
    public static string Written(Due due) => due.At is { } at
        ? $"{Written(UkTime.ToUkDate(at))} at {UkTime.ToUkLocal(at).ToString("HH:mm", CultureInfo.InvariantCulture)}"
        : Written(due.Day);

    public static string Written(DateTimeOffset instant) => Written(UkTime.ToUkDate(instant));
}
