using System.Globalization;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>
/// Reads the day, month and year boxes. This is the one check the dashboard makes itself: the engine is given dates,
/// not text, so "31 2 2027" has to be turned into words here rather than into a JSON error there.
/// </summary>
public static class DateReading
{
    public static (DateOnly? Date, string? Problem) Read(FormValues values, string name, string what)
    {
        var day = values.Trimmed(name + "-day");
        var month = values.Trimmed(name + "-month");
        var year = values.Trimmed(name + "-year");
        if (day is null && month is null && year is null)
        {
            return (null, $"Enter {what}");
        }

        if (day is null || month is null || year is null)
        {
            return (null, $"{Capitalised(what)} must include a day, a month and a year");
        }

        var whole = NumberStyles.None;
        return int.TryParse(day, whole, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month, whole, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year, whole, CultureInfo.InvariantCulture, out var y)
            && year.Length == 4
            && DateOnly.TryParseExact($"{y:0000}-{m:00}-{d:00}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? (date, null)
                : (null, $"{Capitalised(what)} must be a real date, for example 27 3 2027");
    }

    private static string Capitalised(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}
