using System.Diagnostics;
using ReviewFunctions.Bench.Running;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Bench.National;

/// <summary>
/// A nation's year of reviews, every kind in every nation that holds it, each run through its whole life on the
/// host-neutral review loop in a discrete-event simulation, with every reminder and escalation checked by an oracle
/// that works them out independently. bench/README.md ("national") describes it.
/// </summary>
internal sealed class NationalScenario : IScenario
{
    /// <summary>What 10,000 reviews must take on two shared cores; fewer reviews are held to the same.</summary>
    private static readonly TimeSpan WallTarget = TimeSpan.FromSeconds(60);

    public string Name => "national";

    public string Usage => "[--reviews N (10000)] [--seed N (1)]";

    public Task<Figures> RunAsync(BenchArguments arguments, TextWriter progress, CancellationToken cancellationToken)
    {
        var reviews = arguments.Integer("reviews", 10_000, 1, 1_000_000);
        var seed = arguments.Integer("seed", 1, 0, int.MaxValue);
        arguments.RefuseUnknown(Name);

        var catalogue = ProcedureCatalogue.Embedded;
        ReviewMix.CheckCovers(catalogue);
        var engine = new ReviewEngine(catalogue, UkCalendar.Default);
        progress.WriteLine($"national: {reviews} reviews, seed {seed}");

        var wall = Stopwatch.StartNew();
        var run = new NationalRun(engine, reviews, seed);
        run.Run();
        wall.Stop();

        var tally = run.Tally;
        foreach (var example in tally.Reminders.Examples)
        {
            progress.WriteLine($"  {example}");
        }

        return Task.FromResult(Figures(reviews, seed, wall.Elapsed, run));
    }

    private Figures Figures(int reviews, int seed, TimeSpan wall, NationalRun run)
    {
        var tally = run.Tally;
        var reminders = tally.Reminders;
        var figures = new Figures(Name);
        figures.Add("wall time", wall.TotalSeconds, "s", "0.0");
        figures.Add("processor time", Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, "s (all threads, whole process)", "0.0");
        figures.Add("seed", seed, string.Empty, "0");
        figures.Add("reviews", tally.Finished, "finished");
        figures.Add("virtual time", (run.LastInstant - run.FirstReferral).TotalDays, "days", "0");
        figures.Add("events", tally.Events, string.Empty, "0");
        figures.Add("events by people", tally.PersonEvents, string.Empty, "0");
        figures.Add("decisions of the engine", tally.Decides, string.Empty, "0");
        figures.Add("wakes", tally.Wakes, "timer", "0");
        figures.Add("loop restarts", tally.Restarts, "continue-as-new", "0");
        figures.Add("notices sent", tally.NoticesSent, string.Empty, "0");
        figures.Add("reminders sent", reminders.Sent - tally.Escalations, "to owners", "0");
        figures.Add("escalations sent", tally.Escalations, "to managers", "0");
        figures.Add("reminders expected", reminders.Expected - tally.EscalationsExpected, "by the oracle", "0");
        figures.Add("escalations expected", tally.EscalationsExpected, "by the oracle", "0");
        figures.Add("missed", reminders.Missed, string.Empty, "0");
        figures.Add("duplicated", reminders.Duplicated, string.Empty, "0");
        figures.Add("late", reminders.Late, string.Empty, "0");
        figures.Add("unexpected", reminders.Unexpected, string.Empty, "0");
        figures.Add("largest event stream", tally.LargestStream, "events", "0");
        figures.Add("peak working set", Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, "MiB", "0");
        figures.Add("peak GC heap", GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes / 1048576.0, "MiB (last GC)", "0");
        figures.Add("collections", GC.CollectionCount(0), $"gen0 ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2)", "0");
        figures.Add("allocated", GC.GetTotalAllocatedBytes() / 1073741824.0, "GiB", "0.0");

        figures.Table(
            "by kind and nation",
            ["kind", "nation", "reviews", "no review", "events", "reminders", "escalations", "problems"],
            tally.ByKind.Select(k => (IReadOnlyList<string>)
            [
                k.Key.Kind, k.Key.Nation.ToName(), $"{k.Counts.Reviews}", $"{k.Counts.NoReview}", $"{k.Counts.Events}",
                $"{k.Counts.Reminders}", $"{k.Counts.Escalations}", $"{k.Counts.Problems}",
            ]));

        figures.Target($"under {WallTarget.TotalSeconds:0} s wall for {reviews} reviews", wall < WallTarget, $"{wall.TotalSeconds:0.0} s");
        figures.Target("no reminder missed", reminders.Missed == 0, $"{reminders.Missed}");
        figures.Target("no reminder duplicated", reminders.Duplicated == 0, $"{reminders.Duplicated}");
        figures.Target("no reminder late", reminders.Late == 0, $"{reminders.Late}");
        figures.Target("no reminder the oracle did not expect", reminders.Unexpected == 0, $"{reminders.Unexpected}");
        return figures;
    }
}
