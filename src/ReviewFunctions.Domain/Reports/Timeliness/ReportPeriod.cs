using System.Globalization;

namespace ReviewFunctions.Domain.Reports.Timeliness;

/// <summary>The UK days a report covers, both ends included: the steps that fell due on those days.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Ten years of a Board's reviews is more than any chair asks for, and bounds the work one request can cause.</summary>
    public const int MaxDays = 3660;

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>
    /// Reads <c>from</c> and <c>to</c> as ISO dates (yyyy-mm-dd). Without <c>from</c> the period starts a year before
    /// <c>to</c>; without <c>to</c> it ends on <paramref name="today"/>.
    /// </summary>
    public static (ReportPeriod? Period, string? Problem) Read(string? from, string? to, DateOnly today)
    {
        var (end, endProblem) = Day(to, "to", today);
        if (endProblem is not null)
        {
            return (null, endProblem);
        }

        var (start, startProblem) = Day(from, "from", end.AddYears(-1).AddDays(1));
        if (startProblem is not null)
        {
            return (null, startProblem);
        }

        if (start > end)
        {
            return (null, $"'from' ({Iso(start)}) is after 'to' ({Iso(end)}): give the earlier day first.");
        }

        return end.DayNumber - start.DayNumber + 1 > MaxDays
            ? (null, $"The period from {Iso(start)} to {Iso(end)} is longer than {MaxDays} days: report on a shorter one.")
            : (new ReportPeriod(start, end), null);
    }

    private static (DateOnly Day, string? Problem) Day(string? text, string name, DateOnly otherwise)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (otherwise, null);
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (day, null)
            : (default, $"'{name}' must be a date written yyyy-mm-dd, such as 2027-04-01.");
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
