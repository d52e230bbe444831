using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ReviewFunctions.Local.Tests.FaultInjection;

/// <summary>The suite's figures as a table a person reads in the test output, and as JSON a build keeps.</summary>
internal static class FaultReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Table(IReadOnlyList<FaultFigures> seeds, TimeSpan took)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Fault injection: {seeds.Count} seeds in {took.TotalSeconds:0} s (targets: 0 lost, 0 missed, 0 lost, duplicates at most the at-least-once cases, 0 stopped)");
        table.AppendLine("seed   kills  storage-faults  late-mail  events-lost  timers-missed  digests-missed  notices-lost  notices-duplicated  at-least-once-cases  reviews-stopped");
        foreach (var s in seeds)
        {
            table.AppendLine(Row(s.Seed.ToString(CultureInfo.InvariantCulture), s.Kills, s.StorageFaults, s.LateMailAnswers, s.EventsLost, s.TimersMissed, s.DigestsMissed, s.NoticesLost, s.NoticesDuplicated, s.AtLeastOnceCases, s.ReviewsStopped));
        }

        table.AppendLine(Row(
            "total",
            seeds.Sum(s => s.Kills),
            seeds.Sum(s => s.StorageFaults),
            seeds.Sum(s => s.LateMailAnswers),
            seeds.Sum(s => s.EventsLost),
            seeds.Sum(s => s.TimersMissed),
            seeds.Sum(s => s.DigestsMissed),
            seeds.Sum(s => s.NoticesLost),
            seeds.Sum(s => s.NoticesDuplicated),
            seeds.Sum(s => s.AtLeastOnceCases),
            seeds.Sum(s => s.ReviewsStopped)));
        foreach (var s in seeds.Where(s => s.Missing.Count > 0))
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"seed {s.Seed} missing: {string.Join("; ", s.Missing)}");
        }

        return table.ToString();
    }

    /// <returns>Where the figures were written.</returns>
    public static string Write(IReadOnlyList<FaultFigures> seeds, TimeSpan took)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "fault-injection", "figures.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, JsonSerializer.Serialize(new { seconds = Math.Round(took.TotalSeconds), seeds }, Json));
        return file;
    }

    private static string Row(string seed, params int[] figures) =>
        seed.PadRight(7) + string.Join(string.Empty, figures.Zip(new[] { 7, 16, 11, 13, 15, 16, 14, 20, 21, 15 }, (f, w) => f.ToString(CultureInfo.InvariantCulture).PadRight(w)));
}
