using System.Globalization;

namespace ReviewFunctions.Bench.Intake;

/// <summary>Milliseconds summarised as the figures give them: the median, the 99th percentile (nearest rank) and the longest.</summary>
internal sealed record Latencies(int Count, double P50, double P99, double Max)
{
    public static Latencies Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        return sorted.Count == 0
            ? new Latencies(0, double.NaN, double.NaN, double.NaN)
            : new Latencies(sorted.Count, Rank(sorted, 0.50), Rank(sorted, 0.99), sorted[^1]);
    }

    public IReadOnlyList<string> Cells => [Text(P50), Text(P99), Text(Max)];

    private static double Rank(List<double> sorted, double percentile) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percentile * sorted.Count) - 1)];

    private static string Text(double ms) => double.IsNaN(ms) ? "-" : ms.ToString("0.0", CultureInfo.InvariantCulture);
}
