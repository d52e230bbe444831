using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Domain.Chronology;

/// <summary>Reads the cells that are not free text: Event No, date, time and the Y/N of the Child seen column.</summary>
internal static partial class ChronologyValues
{
    /// <summary>Longer values are not repeated in a problem: they are more likely to be someone's notes than a mistyped date.</summary>
    private const int MaxQuoted = 20;

    public static int? EventNumber(string text) =>
        EventNumberPattern().IsMatch(text) && int.TryParse(text.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;

    /// <summary>The date written dd/mm/yyyy (or d/m/yyyy) or yyyy-mm-dd; <paramref name="looksLikeDate"/> tells a wrong date from a wrong way of writing one.</summary>
    public static DateOnly? Date(string text, out bool looksLikeDate)
    {
        int day, month, year;
        if (DayFirstPattern().Match(text) is { Success: true } dayFirst)
        {
            (day, month, year) = (Number(dayFirst.Groups["d"]), Number(dayFirst.Groups["m"]), Number(dayFirst.Groups["y"]));
        }
        else if (IsoPattern().Match(text) is { Success: true } iso)
        {
            (day, month, year) = (Number(iso.Groups["d"]), Number(iso.Groups["m"]), Number(iso.Groups["y"]));
        }
        else
        {
            looksLikeDate = false;
            return null;
        }

        looksLikeDate = true;
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>hh:mm on the 24-hour clock; a single-digit hour is accepted, as in 9:30.</summary>
    public static TimeOnly? Time(string text) =>
        TimePattern().Match(text) is { Success: true } m ? new TimeOnly(Number(m.Groups["h"]), Number(m.Groups["m"])) : null;

    /// <summary>Y or N, also written Yes or No, in any case; <paramref name="understood"/> is false for anything else but empty.</summary>
    public static bool? ChildSeen(string text, out bool understood)
    {
        understood = true;
        switch (text.ToUpperInvariant())
        {
            case "Y" or "YES":
                return true;
            case "N" or "NO":
                return false;
            case "":
                return null;
            default:
                understood = false;
                return null;
        }
    }

    /// <summary>The value in quotes when it is short enough to be the mistake itself, otherwise null.</summary>
    public static string? Quoted(string value) =>
        value.Length <= MaxQuoted && !value.Contains('\n', StringComparison.Ordinal) ? $"'{value}'" : null;

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[0-9]{1,9}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex EventNumberPattern();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})/(?<y>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstPattern();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<h>[01]?[0-9]|2[0-3]):(?<m>[0-5][0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
