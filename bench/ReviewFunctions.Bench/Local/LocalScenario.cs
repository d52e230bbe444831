using System.Globalization;
using ReviewFunctions.Bench.Running;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Bench.Local;

/// <summary>
/// A Board's caseload on the local host, as a new user runs it: the host started as its own process on the Durable Task
/// engine and Azurite with the virtual clock, every referral e-mailed in through intake, and the Board's people doing
/// each review's steps through the API, month after month. What it measures is whether a month costs the same whatever
/// the reviews' age.
/// </summary>
internal sealed class LocalScenario : IScenario
{
    /// <summary>The target: 100 reviews through 12 virtual months in under 10 minutes, scaled to the run.</summary>
    private const double SecondsPerReviewMonth = 600.0 / 1200;

    public string Name => "local";

    public string Usage => "[--reviews 100] [--months 12]";

    public async Task<Figures> RunAsync(BenchArguments arguments, TextWriter progress, CancellationToken cancellationToken)
    {
        var reviews = arguments.Integer("reviews", 100, 1, 2000);
        var months = arguments.Integer("months", 12, 1, 36);
        arguments.RefuseUnknown(Name);

        await using var caseload = await CaseloadHost.StartAsync(countStorage: false);
        var people = BoardPeople.Read(LocalBoard.SettingsJson(null));
        using var client = new HostClient(caseload.Host.Url, people);
        var habits = new BoardHabits(ProcedureCatalogue.Embedded, NoticeCatalogue.Embedded, people, planMonths: months);
        var result = await new CaseloadRun(client, habits, progress).RunAsync(reviews, months, monthEnded: null, cancellationToken);
        return Report(reviews, months, result, caseload.Host.PeakMemoryBytes(), client.Timings);
    }

    private Figures Report(int reviews, int months, CaseloadResult result, long? peakMemory, Timings timings)
    {
        var figures = new Figures(Name);
        var total = result.Months.Aggregate(TimeSpan.Zero, (sum, m) => sum + m.Wall) + result.Intake;
        var episodes = result.Months.Sum(m => m.Episodes);
        figures.Add("reviews", reviews, string.Empty);
        figures.Add("virtual months", months, string.Empty);
        figures.Add("intake of every referral", result.Intake.TotalSeconds, "s", "0.0");
        figures.Add("wall time, total", total.TotalSeconds, "s", "0.0");
        figures.Add("orchestration episodes", episodes, string.Empty);
        figures.Add("episodes per second", episodes / result.Months.Sum(m => m.Wall.TotalSeconds), "/s", "0.0");
        figures.Add("events posted by people", result.Months.Sum(m => m.Posts), string.Empty);
        figures.Add("reviews finished", result.Finished, string.Empty);
        figures.Add("host peak memory", peakMemory is { } bytes ? bytes / 1048576.0 : double.NaN, "MiB", "0");
        figures.Table(
            "per virtual month",
            ["month", "wall s", "episodes", "activities", "posts", "ms per episode", "open reviews", "load"],
            result.Months.Select((m, i) => (IReadOnlyList<string>)[
                (i + 1).ToString(CultureInfo.InvariantCulture),
                m.Wall.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
                m.Episodes.ToString(CultureInfo.InvariantCulture),
                m.Activities.ToString(CultureInfo.InvariantCulture),
                m.Posts.ToString(CultureInfo.InvariantCulture),
                (m.Wall.TotalMilliseconds / Math.Max(1, m.Episodes)).ToString("0.0", CultureInfo.InvariantCulture),
                m.OpenReviews.ToString(CultureInfo.InvariantCulture),
                m.Load,
            ]));

        // What the run waited on says where the wall time went; people working at once wait side by side, so the totals are sums.
        figures.Table(
            "what the run waited on",
            ["request", "count", "median ms", "max ms", "total s, summed"],
            timings.Summaries().Take(15).Select(t => (IReadOnlyList<string>)[
                t.Timing.Name,
                t.Count.ToString(CultureInfo.InvariantCulture),
                t.Median.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture),
                t.Max.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture),
                t.Total.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            ]));

        var first = result.Months[0].Wall.TotalSeconds;
        var last = result.Months[^1].Wall.TotalSeconds;
        figures.Target("the last month costs at most 1.2x the first", last <= first * 1.2, string.Create(CultureInfo.InvariantCulture, $"first {first:0.0} s, last {last:0.0} s ({last / first:0.00}x)"));
        var allowed = SecondsPerReviewMonth * reviews * months;
        figures.Target(string.Create(CultureInfo.InvariantCulture, $"{reviews} reviews x {months} months in under {allowed:0} s"), total.TotalSeconds < allowed, string.Create(CultureInfo.InvariantCulture, $"{total.TotalSeconds:0.0} s"));
        return figures;
    }
}
