using System.Globalization;
using ReviewFunctions.Bench.Running;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Emulators.Faults;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Bench.Local;

/// <summary>
/// The same caseload as <see cref="LocalScenario"/>, with every storage request the host makes counted on its way to
/// Azurite: what a review-month costs in storage transactions, by kind and by table, queue or container, and priced
/// beside a naive design with one durable timer per step and reminder (<see cref="StorageComparison"/>).
/// </summary>
internal sealed class StorageScenario : IScenario
{
    public string Name => "storage";

    public string Usage => "[--reviews 100] [--months 12]";

    public async Task<Figures> RunAsync(BenchArguments arguments, TextWriter progress, CancellationToken cancellationToken)
    {
        var reviews = arguments.Integer("reviews", 100, 1, 2000);
        var months = arguments.Integer("months", 12, 1, 36);
        arguments.RefuseUnknown(Name);

        await using var caseload = await CaseloadHost.StartAsync(countStorage: true);
        var people = BoardPeople.Read(LocalBoard.SettingsJson(null));
        using var client = new HostClient(caseload.Host.Url, people);
        var habits = new BoardHabits(ProcedureCatalogue.Embedded, NoticeCatalogue.Embedded, people, planMonths: months);
        var tally = caseload.Tally!;
        var atMonthEnd = new List<IReadOnlyList<StorageCount>>();
        var result = await new CaseloadRun(client, habits, progress).RunAsync(reviews, months, _ => atMonthEnd.Add(tally.Counts()), cancellationToken);
        return Report(reviews, months, result, tally.Counts(), atMonthEnd);
    }

    private Figures Report(int reviews, int months, CaseloadResult result, IReadOnlyList<StorageCount> total, List<IReadOnlyList<StorageCount>> atMonthEnd)
    {
        var figures = new Figures(Name);
        var reviewMonths = (double)reviews * months;
        var requests = total.Sum(c => c.Requests);
        figures.Add("reviews", reviews, string.Empty);
        figures.Add("virtual months", months, string.Empty);
        figures.Add("storage requests, total", requests, string.Empty);
        figures.Add("per review-month", requests / reviewMonths, string.Empty, "0");
        figures.Add("storage time, total", total.Sum(c => c.StorageTime.TotalSeconds), "s", "0.0");
        figures.Table(
            "per review-month by kind",
            ["service · kind", "requests", "per review-month", "mean ms"],
            total.GroupBy(c => $"{c.Operation.Service} · {c.Operation.Kind}").OrderByDescending(g => g.Sum(c => c.Requests)).Select(g => Row(g.Key, g.Sum(c => c.Requests), g.Sum(c => c.StorageTime.TotalMilliseconds), reviewMonths)));
        figures.Table(
            "per review-month by table, queue or container",
            ["service · resource · kind", "requests", "per review-month", "mean ms"],
            total.Take(25).Select(c => Row($"{c.Operation.Service} · {c.Operation.Resource} · {c.Operation.Kind}", c.Requests, c.StorageTime.TotalMilliseconds, reviewMonths)));
        figures.Table(
            "per virtual month",
            ["month", "requests", "per review", "storage s"],
            atMonthEnd.Select((counts, i) =>
            {
                var before = i == 0 ? 0 : atMonthEnd[i - 1].Sum(c => c.Requests);
                var beforeTime = i == 0 ? 0 : atMonthEnd[i - 1].Sum(c => c.StorageTime.TotalSeconds);
                var month = counts.Sum(c => c.Requests) - before;
                return (IReadOnlyList<string>)[
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    month.ToString(CultureInfo.InvariantCulture),
                    (month / (double)reviews).ToString("0", CultureInfo.InvariantCulture),
                    (counts.Sum(c => c.StorageTime.TotalSeconds) - beforeTime).ToString("0.0", CultureInfo.InvariantCulture),
                ];
            }));
        StorageComparison.Add(figures, reviews, months, result, total);
        return figures;
    }

    private static IReadOnlyList<string> Row(string name, long requests, double milliseconds, double reviewMonths) =>
    [
        name,
        requests.ToString(CultureInfo.InvariantCulture),
        (requests / reviewMonths).ToString("0.0", CultureInfo.InvariantCulture),
        (milliseconds / Math.Max(1, requests)).ToString("0.00", CultureInfo.InvariantCulture),
    ];
}
