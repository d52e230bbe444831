using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// Reads every date written in text, however it is written: 14/06/2023, 14-6-23, 14.06.2023, 2023-06-14,
/// 14 June 2023, 14th of June 2023, 14 Jun 2023, June 14, 2023. A numeric date that could be day-first or
/// month-first counts both ways, so a US-style date of birth is caught too.
/// </summary>
internal static partial class DateScan
{
    public static IEnumerable<DateOnly> DatesIn(string text)
    {
        foreach (Match m in DayMonthYear().Matches(text))
        {
            var a = Number(m.Groups["a"]);
            var b = Number(m.Groups["b"]);
            foreach (var year in Years(m.Groups["y"].Value))
            {
                if (Make(year, b, a) is { } dayFirst)
                {
                    yield return dayFirst;
                }

                if (Make(year, a, b) is { } monthFirst)
                {
                    yield return monthFirst;
                }
            }
        }

        foreach (Match m in YearMonthDay().Matches(text))
        {
            if (Make(Number(m.Groups["y"]), Number(m.Groups["m"]), Number(m.Groups["d"])) is { } date)
            {
                yield return date;
            }
        }

        foreach (Match m in DayNamedMonthYear().Matches(text).Concat(NamedMonthDayYear().Matches(text)))
        {
            if (MonthOf(m.Groups["m"].Value) is { } month && Make(Number(m.Groups["y"]), month, Number(m.Groups["d"])) is { } date)
            {
                yield return date;
            }
        }
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    /// <summary>A two-digit year could be either century; both are checked.</summary>
    private static IEnumerable<int> Years(string written) =>
        written.Length == 4 ? [int.Parse(written, CultureInfo.InvariantCulture)] : [1900 + int.Parse(written, CultureInfo.InvariantCulture), 2000 + int.Parse(written, CultureInfo.InvariantCulture)];

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int? MonthOf(string written)
    {
        var key = written.TrimEnd('.').ToLowerInvariant();
        key = key == "sept" ? "sep" : key;
        for (var month = 1; month <= 12; month++)
        {
            var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month).ToLowerInvariant();
            if (key == name || key == name[..3])
            {
                return month;
            }
        }

        return null;
    }

    private const string MonthPattern = "(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

    [GeneratedRegex(@"(?<![\d/.\-])(?<a>\d{1,2})\s*[/.\-]\s*(?<b>\d{1,2})\s*[/.\-]\s*(?<y>\d{4}|\d{2})(?![\d/.\-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + MonthPattern + @",?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayNamedMonthYear();

    [GeneratedRegex(@"\b" + MonthPattern + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedMonthDayYear();
}
