namespace ReviewFunctions.Bench.Local;

/// <summary>How long the host took to answer each request, by what the request was for.</summary>
internal sealed class Timings
{
    private readonly List<(Timing Timing, TimeSpan Took)> samples = [];
    private readonly Lock guard = new();

    /// <summary>Called from several people's requests at once.</summary>
    public void Add(Timing timing, TimeSpan took)
    {
        lock (guard)
        {
            samples.Add((timing, took));
        }
    }

    /// <summary>Every kind of request, the one the run spent longest waiting on first.</summary>
    public IReadOnlyList<TimingSummary> Summaries()
    {
        lock (guard)
        {
            return [.. samples.GroupBy(s => s.Timing).Select(g => TimingSummary.Of(g.Key, [.. g.Select(s => s.Took)])).OrderByDescending(s => s.Total)];
        }
    }
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
