using System.Globalization;
using System.Text.Json;

namespace ReviewFunctions.Domain.Calendar;

/// <summary>
/// Reads the gov.uk bank-holidays.json shape:
/// <c>{"england-and-wales":{"division":"england-and-wales","events":[{"title","date","notes","bunting"}]},...}</c>.
/// A "jersey" division in the same shape is accepted because our snapshot carries one.
/// </summary>
/// <remarks>
/// Validation is strict and every message names the path of the bad value, because a feed that is
/// silently half-read would quietly move statutory deadlines.
/// </remarks>
internal static class GovUkFeed
{
    private const string DateFormat = "yyyy-MM-dd";

    public static IReadOnlyDictionary<(Division Division, int Year), IReadOnlyList<BankHoliday>> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new CalendarFeedException($"The feed is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            return ReadDivisions(document.RootElement);
        }
    }

    private static Dictionary<(Division Division, int Year), IReadOnlyList<BankHoliday>> ReadDivisions(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CalendarFeedException(
                $"The feed must be a JSON object keyed by division ({ExpectedKeys}) but it is {Describe(root)}.");
        }

        var result = new Dictionary<(Division Division, int Year), IReadOnlyList<BankHoliday>>();
        var seen = new HashSet<Division>();
        foreach (var property in root.EnumerateObject())
        {
            if (!DivisionNames.TryParse(property.Name, out var division))
            {
                throw new CalendarFeedException($"Unknown division '{property.Name}'; expected {ExpectedKeys}.");
            }

            if (!seen.Add(division))
            {
                throw new CalendarFeedException($"Division '{property.Name}' appears more than once.");
            }

            foreach (var (year, holidays) in ReadDivision(property.Name, property.Value))
            {
                result[(division, year)] = holidays;
            }
        }

        return result;
    }

    private static IEnumerable<(int Year, IReadOnlyList<BankHoliday> Holidays)> ReadDivision(string key, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new CalendarFeedException($"'{key}' must be an object with an events array but it is {Describe(element)}.");
        }

        if (element.TryGetProperty("division", out var named)
            && (named.ValueKind != JsonValueKind.String || named.GetString() != key))
        {
            throw new CalendarFeedException($"{key}.division is {Describe(named)} but the key is '{key}'.");
        }

        if (!element.TryGetProperty("events", out var events))
        {
            throw new CalendarFeedException($"{key}.events is missing.");
        }

        if (events.ValueKind != JsonValueKind.Array)
        {
            throw new CalendarFeedException($"{key}.events must be an array but it is {Describe(events)}.");
        }

        var holidays = new List<BankHoliday>();
        var firstIndexByDate = new Dictionary<DateOnly, int>();
        var index = 0;
        foreach (var item in events.EnumerateArray())
        {
            var holiday = ReadEvent($"{key}.events[{index}]", item);
            if (!firstIndexByDate.TryAdd(holiday.Date, index))
            {
                throw new CalendarFeedException(
                    $"{key}.events[{index}].date '{Format(holiday.Date)}' repeats {key}.events[{firstIndexByDate[holiday.Date]}].");
            }

            holidays.Add(holiday);
            index++;
        }

        return holidays
            .GroupBy(h => h.Date.Year)
            .Select(g => (g.Key, (IReadOnlyList<BankHoliday>)[.. g.OrderBy(h => h.Date)]));
    }

    private static BankHoliday ReadEvent(string path, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new CalendarFeedException($"{path} must be an object but it is {Describe(item)}.");
        }

        var title = RequiredString(path, item, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new CalendarFeedException($"{path}.title is empty.");
        }

        var dateText = RequiredString(path, item, "date");
        if (!DateOnly.TryParseExact(dateText, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new CalendarFeedException($"{path}.date '{dateText}' is not a {DateFormat} date.");
        }

        var notes = "";
        if (item.TryGetProperty("notes", out var notesElement))
        {
            if (notesElement.ValueKind != JsonValueKind.String)
            {
                throw new CalendarFeedException($"{path}.notes must be a string but it is {Describe(notesElement)}.");
            }

            notes = notesElement.GetString()!;
        }

        // Bunting is presentation only, but a wrong type still means the feed is not what we think it is.
        if (item.TryGetProperty("bunting", out var bunting)
            && bunting.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new CalendarFeedException($"{path}.bunting must be true or false but it is {Describe(bunting)}.");
        }

        return new BankHoliday(date, title, notes);
    }

    private static string RequiredString(string path, JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            throw new CalendarFeedException($"{path}.{name} is missing.");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new CalendarFeedException($"{path}.{name} must be a string but it is {Describe(value)}.");
        }

        return value.GetString()!;
    }

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"'{element.GetString()}'",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString(),
    };

    private static string ExpectedKeys => string.Join(", ", DivisionNames.All.Select(d => d.ToKey()));
}
