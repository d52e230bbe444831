using System.Globalization;
using ReviewFunctions.Bench.Running;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Emulators.Faults;

namespace ReviewFunctions.Bench.Local;

/// <summary>
/// Our measured storage transactions beside the naive design's (one durable timer per step and reminder), by billing
/// category and priced. The naive design does everything ours does (the same reminders, notices and people's events),
/// so it is ours plus the timer firings it has and ours does not, each at <see cref="TimerEpisode"/>'s requests. Both
/// designs' firings are modelled the same way (<see cref="NaiveTimerDesign"/>), since the local host wakes reviews by
/// events and never fires a long durable timer.
/// </summary>
internal static class StorageComparison
{
    /// <summary>The caseload's kind: every referral is the sample's, a Child Safeguarding Practice Review in England.</summary>
    private const string Kind = "cspr";

    private const Nation SampleNation = Nation.England;

    /// <summary>CaseloadRun has every referral received three minutes before the run's start.</summary>
    private static readonly TimeSpan ReceivedBeforeStart = TimeSpan.FromMinutes(3);

    public static void Add(Figures figures, int reviews, int months, CaseloadResult result, IReadOnlyList<StorageCount> total)
    {
        var reviewMonths = (double)reviews * months;
        var engine = new ReviewEngine(ProcedureCatalogue.Embedded, UkCalendar.Default);
        var firings = new NaiveTimerDesign(engine).Firings(Kind, SampleNation, result.Start - ReceivedBeforeStart, result.Start, months);
        var naivePerReviewMonth = firings.NaivePerMonth.Sum() / (double)months;
        var oursPerReviewMonth = firings.OursPerMonth.Sum() / (double)months;
        var episodes = result.Months.Sum(m => m.Episodes);
        var engineRequests = total.Where(c => c.Operation.Service != StorageService.Blob).Sum(c => c.Requests);

        figures.Add("timer firings per review-month, ours (modelled)", oursPerReviewMonth, string.Empty, "0.0");
        figures.Add("timer firings per review-month, naive (modelled)", naivePerReviewMonth, string.Empty, "0.0");
        figures.Add("timers a naive review creates (whole plan)", firings.NaiveTimers, string.Empty);
        figures.Add("storage requests per timer firing (model)", TimerEpisode.Requests.Count, string.Empty);
        figures.Add("table and queue requests per episode (measured)", engineRequests / (double)Math.Max(1, episodes), string.Empty, "0.0");
        figures.Table(
            "timer firings per review, by virtual month (modelled)",
            ["month", "ours", "naive"],
            firings.NaivePerMonth.Select((naive, i) => (IReadOnlyList<string>)[Text(i + 1), Text(firings.OursPerMonth[i]), Text(naive)]));

        var extra = naivePerReviewMonth - oursPerReviewMonth;
        var rows = StoragePrices.All.Select(price =>
        {
            var ours = total.Where(c => StorageBilling.Of(c.Operation) == price.Category).Sum(c => c.Requests) / reviewMonths;
            var naive = ours + (extra * TimerEpisode.Count(price.Category));
            var perOne = (double)price.PerTenThousand / 10_000;
            return new PricedRow(price.Category.ToString(), price.PerTenThousand.ToString("0.#####", CultureInfo.InvariantCulture), ours, naive, ours * perOne, naive * perOne);
        }).ToList();
        var sum = new PricedRow("total", string.Empty, rows.Sum(r => r.Ours), rows.Sum(r => r.Naive), rows.Sum(r => r.OursCost), rows.Sum(r => r.NaiveCost));
        figures.Table(
            "ours (measured) vs naive (modelled): transactions per review-month, and US$ per month",
            ["billing category", "US$ per 10k", "ours", "naive", $"ours, {reviews} reviews", $"naive, {reviews} reviews", "ours, 100", "naive, 100"],
            rows.Append(sum).Select(r => r.Cells(reviews)));
        figures.Table(
            "prices (USD; not UK South, which we could not source)",
            ["billing category", "region", "confidence", "published", "source"],
            StoragePrices.All.Select(p => (IReadOnlyList<string>)[p.Category.ToString(), p.Region, p.Verified ? "verified" : "unverified", p.Published, p.Source]));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <param name="OursCost">US$ per review-month.</param>
    private sealed record PricedRow(string Name, string Listed, double Ours, double Naive, double OursCost, double NaiveCost)
    {
        public IReadOnlyList<string> Cells(int reviews) =>
            [Name, Listed, Number(Ours, "0.0"), Number(Naive, "0.0"), Number(OursCost * reviews, "0.0000"), Number(NaiveCost * reviews, "0.0000"), Number(OursCost * 100, "0.0000"), Number(NaiveCost * 100, "0.0000")];
    }
}
