namespace ReviewFunctions.Bench.Local;

/// <summary>How long the host took to answer each request, by what the request was for.</summary>
internal sealed class Timings
{
    private readonly List<(Timing Timing, TimeSpan Took)> samples = [];

    public void Add(Timing timing, TimeSpan took) => samples.Add((timing, took));

    public IReadOnlyList<TimingSummary> Summaries(string group) =>
        [.. samples.Where(s => s.Timing.Group == group).GroupBy(s => s.Timing).Select(g => TimingSummary.Of(g.Key, [.. g.Select(s => s.Took)]))];
}

/// <param name="Group">What kind of request: a person's event for a step, the clock, or anything else.</param>
/// <param name="Name">What it was for: "notices-sent · notice-confirmed", "read the review".</param>
internal sealed record Timing(string Group, string Name)
{
    public const string Step = "step";
    public const string Clock = "clock";
    public const string Other = "other";

    public const string MoveTime = "clock: move time";

    public const string Settle = "clock: settle (PT0S)";
}

internal sealed record TimingSummary(Timing Timing, int Count, TimeSpan Median, TimeSpan Max, TimeSpan Total)
{
    public static TimingSummary Of(Timing timing, List<TimeSpan> took)
    {
        took.Sort();
        var middle = took.Count / 2;
        var median = took.Count % 2 == 1 ? took[middle] : (took[middle - 1] + took[middle]) / 2;
        return new TimingSummary(timing, took.Count, median, took[^1], took.Aggregate(TimeSpan.Zero, (sum, t) => sum + t));
    }
}
