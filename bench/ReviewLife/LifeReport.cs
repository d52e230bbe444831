using System.Globalization;
using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Bench.ReviewLife;

/// <summary>The figures of one run, as plain text: bench/README.md says what each one means.</summary>
internal static class LifeReport
{
    public static void Write(TextWriter output, HostClient host, LifeResult life)
    {
        var review = life.Review;
        output.WriteLine(Invariant($"ReviewLife against {host.Url.ToString().TrimEnd('/')}: {review.Reference} ({review.Kind}, {review.Nation.ToName()})"));
        output.WriteLine(Invariant($"Finished: {review.FinishedReason}"));
        output.WriteLine();
        Table(output, "Host answers per step kind (POST /api/reviews/{reference}/events)", host.Timings.Summaries(Timing.Step));
        output.WriteLine();
        Table(output, "Other requests", [.. host.Timings.Summaries(Timing.Other), .. host.Timings.Summaries(Timing.Clock)]);
        output.WriteLine();

        var clock = host.Timings.Summaries(Timing.Clock);
        var moves = clock.Where(c => c.Timing.Name == Timing.MoveTime).Sum(c => c.Count);
        var settles = clock.Where(c => c.Timing.Name == Timing.Settle).Sum(c => c.Count);
        var total = clock.Aggregate(TimeSpan.Zero, (sum, c) => sum + c.Total);
        var max = clock.Select(c => c.Max).DefaultIfEmpty().Max();
        output.WriteLine(Invariant($"Clock advances: {moves + settles} ({moves} moving time, {settles} settling), total {total.TotalSeconds:0.0} s, max {max.TotalSeconds:0.00} s"));
        var virtualTime = life.Ended - life.Started;
        output.WriteLine(Invariant($"Virtual life: {life.Started:yyyy-MM-dd HH:mm} to {life.Ended:yyyy-MM-dd HH:mm} UTC, {virtualTime.TotalDays:0.0} days; wall time {life.Wall.TotalSeconds:0.0} s"));
        var kinds = life.Outbox.GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        output.WriteLine(Invariant($"Outbox: {life.Outbox.Count} e-mails ({string.Join(", ", kinds.Select(g => Invariant($"{g.Key} {g.Count()}")))})"));
        output.WriteLine(Invariant($"Orchestration runtimeStatus: {life.RuntimeStatus ?? "not served"}"));
    }

    private static void Table(TextWriter output, string title, IReadOnlyList<TimingSummary> rows)
    {
        output.WriteLine(title);
        output.WriteLine(Invariant($"  {"",-46} {"requests",8} {"median ms",10} {"max ms",8}"));
        foreach (var row in rows.OrderBy(r => r.Timing.Name, StringComparer.Ordinal))
        {
            output.WriteLine(Invariant($"  {row.Timing.Name,-46} {row.Count,8} {row.Median.TotalMilliseconds,10:0} {row.Max.TotalMilliseconds,8:0}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
