using System.Text.Json;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

/// <summary>The child's and family members' names written in the sample referrals (samples/referrals/*.body.email.json).</summary>
internal static class SampleFamilyNames
{
    public static IReadOnlyList<string> FullNames { get; } = Load();

    /// <summary>Each first name and surname on its own, the way a careless file name would carry it.</summary>
    public static IReadOnlyList<string> Parts { get; } =
        [.. FullNames.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase)];

    public static bool AppearsIn(string text) => Parts.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));

    private static List<string> Load()
    {
        var names = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.body.email.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var lines = json.RootElement.GetProperty("body").GetProperty("content").GetString()!.Split('\n');
            names.AddRange(lines.Where(l => l.StartsWith("Name of child:", StringComparison.Ordinal)).Select(l => l["Name of child:".Length..].Trim()));
            var family = lines.SkipWhile(l => !l.StartsWith("Family composition", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal));
            names.AddRange(family.Select(l => l[2..].Split(';')[0].Trim()));
        }

        return names;
    }
}
