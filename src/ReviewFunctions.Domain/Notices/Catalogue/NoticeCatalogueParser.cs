using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Notices;

/// <summary>Reads notices.json, failing with the line and field of the first mistake, as the procedure files do.</summary>
internal static partial class NoticeCatalogueParser
{
    private static readonly HashSet<string> RootKeys = ["notices"];
    private static readonly HashSet<string> EntryKeys = ["id", "title", "audience", "template", "leavesPartnership", "dates", "enclosures", "kinds", "note"];
    private static readonly HashSet<string> KindKeys = ["audience", "template", "leavesPartnership", "enclosures"];

    private static readonly Dictionary<string, NoticeAudience> Audiences = new(StringComparer.Ordinal)
    {
        ["external-body"] = NoticeAudience.ExternalBody,
        ["agency"] = NoticeAudience.Agency,
        ["family"] = NoticeAudience.Family,
        ["practitioner"] = NoticeAudience.Practitioner,
        ["internal"] = NoticeAudience.Internal,
    };

    public static Dictionary<string, NoticeEntry> Parse(string file, byte[] utf8, IReadOnlySet<string> templates)
    {
        var json = JsonFileReader.Open(file, utf8);
        json.RequireObject(json.Root, string.Empty, RootKeys);
        var entries = new Dictionary<string, NoticeEntry>(StringComparer.Ordinal);
        var list = json.Array(json.Root, string.Empty, "notices", required: true);
        for (var i = 0; i < list.Count; i++)
        {
            var path = JsonFileReader.Index("notices", i);
            var entry = Entry(json, list[i], path, templates);
            if (!entries.TryAdd(entry.Id, entry))
            {
                throw json.Error(JsonFileReader.Join(path, "id"), $"'{entry.Id}' is listed twice");
            }
        }

        return entries;
    }

    private static NoticeEntry Entry(JsonFileReader json, JsonElement element, string path, IReadOnlySet<string> templates)
    {
        json.RequireObject(element, path, EntryKeys);
        var id = json.String(element, path, "id");
        if (!Kebab().IsMatch(id))
        {
            throw json.Error(JsonFileReader.Join(path, "id"), $"'{id}' must be lower-case kebab-case");
        }

        var template = TemplateOf(json, element, path, templates) ?? throw json.Error(path, "missing required field 'template'");
        var dates = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (element.TryGetProperty("dates", out var datesElement))
        {
            foreach (var field in datesElement.EnumerateObject())
            {
                var fieldPath = JsonFileReader.Join(JsonFileReader.Join(path, "dates"), field.Name);
                if (!TemplateFields.Known.Contains(field.Name) || !field.Name.EndsWith("Date", StringComparison.Ordinal) && !field.Name.EndsWith("By", StringComparison.Ordinal) && !field.Name.EndsWith("Due", StringComparison.Ordinal))
                {
                    throw json.Error(fieldPath, $"'{field.Name}' is not a date field a template can use");
                }

                dates[field.Name] = [.. json.Array(datesElement, JsonFileReader.Join(path, "dates"), field.Name, required: true).Select(s => s.GetString() ?? throw json.Error(fieldPath, "must list step ids"))];
            }
        }

        var enclosures = Enclosures(json, element, path, templates);

        var kinds = new Dictionary<string, NoticeKindChange>(StringComparer.Ordinal);
        if (element.TryGetProperty("kinds", out var kindsElement))
        {
            foreach (var kind in kindsElement.EnumerateObject())
            {
                var kindPath = JsonFileReader.Join(JsonFileReader.Join(path, "kinds"), kind.Name);
                json.RequireObject(kind.Value, kindPath, KindKeys);
                kinds[kind.Name] = new NoticeKindChange(
                    kind.Value.TryGetProperty("audience", out var audience) ? json.ChoiceOf(audience, JsonFileReader.Join(kindPath, "audience"), Audiences) : null,
                    TemplateOf(json, kind.Value, kindPath, templates),
                    kind.Value.TryGetProperty("leavesPartnership", out _) ? json.Boolean(kind.Value, kindPath, "leavesPartnership", false) : null,
                    kind.Value.TryGetProperty("enclosures", out _) ? Enclosures(json, kind.Value, kindPath, templates) : null);
            }
        }

        var audienceOfEntry = json.Choice(element, path, "audience", Audiences);
        var leaves = json.Boolean(element, path, "leavesPartnership", audienceOfEntry == NoticeAudience.ExternalBody);
        if (audienceOfEntry == NoticeAudience.ExternalBody && !leaves)
        {
            throw json.Error(JsonFileReader.Join(path, "leavesPartnership"), "a notice to an external body always leaves the partnership");
        }

        return new NoticeEntry(id, json.String(element, path, "title"), audienceOfEntry, template, leaves, dates, enclosures, kinds);
    }

    private static List<string> Enclosures(JsonFileReader json, JsonElement element, string path, IReadOnlySet<string> templates)
    {
        var enclosures = json.Array(element, path, "enclosures", required: false).Select(e => e.GetString() ?? string.Empty).ToList();
        var unknown = enclosures.FirstOrDefault(e => !templates.Contains(e));
        return unknown is null ? enclosures : throw json.Error(JsonFileReader.Join(path, "enclosures"), $"there is no template '{unknown}'");
    }

    private static string? TemplateOf(JsonFileReader json, JsonElement element, string path, IReadOnlySet<string> templates)
    {
        var template = json.OptionalString(element, path, "template");
        return template is null || templates.Contains(template)
            ? template
            : throw json.Error(JsonFileReader.Join(path, "template"), $"there is no template '{template}'");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Kebab();
}
