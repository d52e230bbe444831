using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Reads dates the way people type them on UK forms: <c>05/02/2027</c>, <c>5.2.2027</c>, <c>5 Feb 2027</c>,
/// <c>Friday 5th February 2027</c>, <c>2027-02-05</c>, each optionally with a time (<c>21:10</c>, <c>9.10pm</c>,
/// <c>2110hrs</c>). Numbers are always day first. Anything that needs a guess (a two-digit year, no year, a month
/// without a day) or cannot be a real date is refused with the reason, never read as something else.
/// </summary>
public static partial class UkDateReader
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>True for the ways people write "no date" in a form: blank, n/a, none, not applicable, a dash.</summary>
    public static bool IsBlank(string? text) =>
        string.IsNullOrWhiteSpace(text) || BlankPattern().IsMatch(text.Trim());

    /// <summary>Reads <paramref name="text"/>, or says in plain words why it cannot be read as a single, real date.</summary>
    public static bool TryRead(string text, out UkDate date, out string? reason)
    {
        date = default;
        reason = null;
        var cleaned = Clean(text);
        if (cleaned.Length == 0)
        {
            reason = "is empty";
            return false;
        }

        var (datePart, timePart) = SplitTime(cleaned);
        TimeOnly? time = null;
        if (timePart is not null)
        {
            if (!TryTime(timePart, out var t))
            {
                reason = $"has a time we cannot read ('{timePart}'); write it as 24-hour hh:mm";
                return false;
            }

            time = t;
        }

        if (!TryDate(datePart, out var day, out reason))
        {
            return false;
        }

        date = new UkDate(day, time);
        return true;
    }

    private static string Clean(string text)
    {
        var s = text.Trim().ToLowerInvariant().Replace('\u00A0', ' ');
        s = Whitespace().Replace(s, " ");
        return s.TrimEnd('.', ',', ';').Trim();
    }

    private static (string Date, string? Time) SplitTime(string s)
    {
        var iso = IsoDateTime().Match(s);
        if (iso.Success)
        {
            return (iso.Groups["date"].Value, iso.Groups["time"].Value);
        }

        var after = TimeAfter().Match(s);
        if (after.Success)
        {
            return (after.Groups["date"].Value.Trim().TrimEnd(','), after.Groups["time"].Value);
        }

        var before = TimeBefore().Match(s);
        return before.Success ? (before.Groups["date"].Value.Trim(), before.Groups["time"].Value) : (s, null);
    }

    private static bool TryTime(string s, out TimeOnly time)
    {
        time = default;
        var m = TimePattern().Match(s.Trim());
        if (!m.Success)
        {
            return false;
        }

        int hour, minute, second = 0;
        if (m.Groups["hhmm"].Success)
        {
            hour = int.Parse(m.Groups["hhmm"].Value[..2], CultureInfo.InvariantCulture);
            minute = int.Parse(m.Groups["hhmm"].Value[2..], CultureInfo.InvariantCulture);
        }
        else
        {
            hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        }

        if (m.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            var pm = m.Groups["ampm"].Value.StartsWith('p');
            hour = (hour % 12) + (pm ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        return true;
    }

    private static bool TryDate(string s, out DateOnly date, out string? reason)
    {
        date = default;
        reason = null;
        var weekday = -1;
        var dayName = WeekdayPrefix().Match(s);
        if (dayName.Success)
        {
            weekday = Array.FindIndex(DayNames, d => d.StartsWith(dayName.Groups["day"].Value, StringComparison.Ordinal));
            s = s[dayName.Length..].Trim();
        }

        int day, month, year;
        string yearText;
        Match m;
        if ((m = YearFirst().Match(s)).Success)
        {
            (day, month, yearText) = (Int(m, "d"), Int(m, "mo"), m.Groups["y"].Value);
        }
        else if ((m = DayFirstNumeric().Match(s)).Success)
        {
            (day, month, yearText) = (Int(m, "d"), Int(m, "mo"), m.Groups["y"].Value);
        }
        else if ((m = DayMonthName().Match(s)).Success || (m = MonthNameDay().Match(s)).Success)
        {
            month = MonthNumber(m.Groups["mon"].Value);
            if (month == 0)
            {
                reason = $"names a month we do not recognise ('{m.Groups["mon"].Value}')";
                return false;
            }

            (day, yearText) = (Int(m, "d"), m.Groups["y"].Value);
        }
        else
        {
            reason = Incomplete(s);
            return false;
        }

        if (yearText.Length == 2)
        {
            reason = "has a two-digit year, which could be read more than one way; please write the year in full (for example 05/02/2027)";
            return false;
        }

        year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            reason = $"is not a real date: we read dates day first (dd/mm/yyyy), and there is no month {month}";
            return false;
        }

        if (year is < 1900 or > 2199)
        {
            reason = $"is not a plausible date (the year {year})";
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            reason = $"is not a real date: {CultureInfo.InvariantCulture.TextInfo.ToTitleCase(MonthNames[month - 1])} {year} has no day {day}";
            return false;
        }

        date = new DateOnly(year, month, day);
        if (weekday >= 0 && (int)date.DayOfWeek != weekday)
        {
            reason = $"does not agree with itself: {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} was a {date.DayOfWeek}, not a {CultureInfo.InvariantCulture.TextInfo.ToTitleCase(DayNames[weekday])}";
            return false;
        }

        return true;
    }

    private static string Incomplete(string s)
    {
        if (NoYear().IsMatch(s))
        {
            return "has no year; please give the full date (for example 05/02/2027)";
        }

        if (MonthAndYearOnly().IsMatch(s))
        {
            return "gives a month but not the day; please give the full date (for example 05/02/2027)";
        }

        return "is not a date we can read; please write it as dd/mm/yyyy (for example 05/02/2027)";
    }

    private static int MonthNumber(string name)
    {
        var key = name.TrimEnd('.');
        if (key == "sept")
        {
            return 9;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (key.Length >= 3 && MonthNames[i].StartsWith(key, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:n/?a|none|nil|not applicable|not known|unknown|-+|–|—|tbc|n\.a\.)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlankPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{1,2}-\d{1,2})t(?<time>\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^(?<date>.*?\d)[\s,]+(?:at\s+)?(?<time>\d{1,2}(?:[:.]\d{2}(?::\d{2})?)?\s*(?:[ap]\.?m\.?)|\d{1,2}[:.]\d{2}(?::\d{2})?|\d{4}\s*(?:hrs?|h))$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeAfter();

    [GeneratedRegex(@"^(?<time>\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)|\d{1,2}:\d{2}|\d{4}\s*(?:hrs?|h))\s+(?:on\s+)?(?<date>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeBefore();

    [GeneratedRegex(@"^(?:(?<hhmm>\d{4})\s*(?:hrs?|h)|(?<h>\d{1,2})(?:[:.](?<m>\d{2})(?::(?<s>\d{2}))?)?\s*(?<ampm>[ap]\.?m\.?)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?<day>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPrefix();

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<mo>\d{1,2})[-/.](?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[-/.]\s*(?<mo>\d{1,2})\s*[-/.]\s*(?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstNumeric();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?[\s-]*(?:of\s+)?(?<mon>[a-z]+\.?)[\s,-]+(?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"^(?<mon>[a-z]+\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthNameDay();

    [GeneratedRegex(@"^(?:\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NoYear();

    [GeneratedRegex(@"^(?:[a-z]+\.?\s+\d{4}|\d{1,2}\s*[-/.]\s*\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAndYearOnly();
}
