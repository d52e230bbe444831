using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Domain.Tests.Calendar;

/// <summary>
/// Writes holidays in the gov.uk bank-holidays.json shape, one event a line so that a yearly
/// update reads well in a diff.
/// </summary>
internal static class SnapshotJson
{
    public static readonly (string Key, Nation Nation)[] Divisions =
    [
        ("england-and-wales", Nation.England),
        ("scotland", Nation.Scotland),
        ("northern-ireland", Nation.NorthernIreland),
        ("jersey", Nation.Jersey),
    ];

    // Keep the curly apostrophes readable instead of \u2019.
    private static readonly JsonSerializerOptions Strings = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(Func<Nation, IEnumerable<BankHoliday>> holidaysOf)
    {
        var json = new StringBuilder();
        json.Append("{\n");
        for (var d = 0; d < Divisions.Length; d++)
        {
            var (key, nation) = Divisions[d];
            json.Append(CultureInfo.InvariantCulture, $"  {Quote(key)}: {{\n");
            json.Append(CultureInfo.InvariantCulture, $"    \"division\": {Quote(key)},\n");
            json.Append("    \"events\": [\n");
            var events = holidaysOf(nation).OrderBy(h => h.Date).ToList();
            for (var e = 0; e < events.Count; e++)
            {
                var h = events[e];
                var date = h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var bunting = Bunting(h.Title) ? "true" : "false";
                var comma = e < events.Count - 1 ? "," : "";
                json.Append(CultureInfo.InvariantCulture,
                    $"      {{\"title\": {Quote(h.Title)}, \"date\": \"{date}\", \"notes\": {Quote(h.Notes)}, \"bunting\": {bunting}}}{comma}\n");
            }

            json.Append("    ]\n");
            json.Append(d < Divisions.Length - 1 ? "  },\n" : "  }\n");
        }

        json.Append("}\n");
        return json.ToString();
    }

    // gov.uk flies no bunting for Good Friday or the Battle of the Boyne; the calendar ignores it.
    private static bool Bunting(string title) =>
        title is not ("Good Friday" or "Battle of the Boyne (Orangemen’s Day)");

    private static string Quote(string value) => JsonSerializer.Serialize(value, Strings);
}
