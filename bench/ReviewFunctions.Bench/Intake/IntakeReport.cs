using System.Globalization;
using ReviewFunctions.Bench.Running;

namespace ReviewFunctions.Bench.Intake;

/// <summary>What one intake run measured, and the figures and targets made of it.</summary>
internal sealed record IntakeReport(
    double Rate,
    IReadOnlyList<IntakePost> WarmUp,
    IReadOnlyList<IntakePost> Posts,
    TimeSpan LastStart,
    TimeSpan LatestStart,
    TimeSpan Posting,
    IReadOnlyList<SeenReply> Replies,
    (double MeanMs, double LongestMs) OutboxReadEvery,
    int ReviewsListed,
    int ReferralsAccepted,
    long? PeakMemoryBytes,
    string LoadAtStart,
    string LoadAtEnd,
    TimeSpan Wall)
{
    public const double AnswerTargetMs = 150;

    public Figures Figures()
    {
        var figures = new Figures("intake");
        figures.Add("load average at start", LoadAtStart);
        figures.Add("load average at end", LoadAtEnd);
        figures.Add("rate asked", Rate, "/s");
        figures.Add("warm-up referrals, not counted", WarmUp.Count, string.Empty);
        if (WarmUp.Count > 0)
        {
            Add(figures, "warm-up POST to the answer", Latencies.Of(WarmUp.Select(p => p.AnswerMs)));
        }

        figures.Add("referrals posted", Posts.Count, string.Empty);
        foreach (var kind in Enum.GetValues<ReferralKind>())
        {
            figures.Add($"  {ReferralMix.Name(kind)}", Posts.Count(p => p.Kind == kind), string.Empty);
        }

        // Requests started per second, from the first start to the last: the answers' own time is not the sender's rate.
        var achieved = Posts.Count > 1 ? (Posts.Count - 1) / LastStart.TotalSeconds : double.NaN;
        figures.Add("achieved rate", achieved, "/s", "0.0");
        figures.Add("latest start behind schedule", LatestStart.TotalMilliseconds, "ms", "0.0");
        foreach (var status in Posts.GroupBy(p => p.Status).OrderBy(g => g.Key))
        {
            figures.Add($"answered {(status.Key == IntakePost.NoAnswer ? "nothing" : status.Key.ToString(CultureInfo.InvariantCulture))}", status.Count(), string.Empty);
        }

        var unexpected = Posts.Count(p => !p.AsExpected);
        figures.Add("unexpected answers", unexpected, string.Empty);

        var answers = Latencies.Of(Posts.Select(p => p.AnswerMs));
        Add(figures, "POST to the answer", answers);

        var acknowledgements = Acknowledgements();
        Add(figures, "POST to the acknowledgement leaving", Latencies.Of(acknowledgements.Ms));
        figures.Add("acknowledgements missing", acknowledgements.Missing, string.Empty);
        figures.Add("second acknowledgements", SecondAcknowledgements(), string.Empty);

        var refusals = Refusals();
        Add(figures, "POST to the refusal leaving", Latencies.Of(refusals.Ms));
        figures.Add("refusals missing", refusals.Missing, string.Empty);

        figures.Add("reviews listed", ReviewsListed, string.Empty);
        figures.Add("new referrals accepted", ReferralsAccepted, string.Empty);
        figures.Add("outbox read every (mean)", OutboxReadEvery.MeanMs, "ms", "0.00");
        figures.Add("outbox read every (longest)", OutboxReadEvery.LongestMs, "ms", "0.0");
        if (PeakMemoryBytes is { } peak)
        {
            figures.Add("host peak memory", peak / (1024.0 * 1024.0), "MB", "0");
        }
        else
        {
            figures.Add("host peak memory", "not known here");
        }

        figures.Add("posting time", Posting.TotalSeconds, "s", "0.0");
        figures.Add("wall time", Wall.TotalSeconds, "s", "0.0");

        figures.Table(
            "POST to the answer, per kind (ms)",
            ["kind", "posted", "answers", "unexpected", "p50", "p99", "max"],
            Enum.GetValues<ReferralKind>().Select(k => Row(ReferralMix.Name(k), Posts.Where(p => p.Kind == k).ToList()))
                .Append(Row("all", [.. Posts])));

        figures.Target(
            $"p99 from POST to the answer under {AnswerTargetMs:0} ms at {Rate.ToString("0.#", CultureInfo.InvariantCulture)} referrals/s",
            answers.P99 < AnswerTargetMs,
            $"{Ms(answers.P99)} at {achieved.ToString("0.0", CultureInfo.InvariantCulture)}/s");
        var unexpectedInWarmUp = WarmUp.Count(p => !p.AsExpected);
        figures.Target(
            "no unexpected answer (new 202 with a reference, mistake 422 with its problems, repeat 200 with the first reference)",
            unexpected + unexpectedInWarmUp == 0,
            $"{unexpected} unexpected, {unexpectedInWarmUp} in the warm-up");
        figures.Target("every acknowledgement and refusal leaves, once", acknowledgements.Missing + refusals.Missing + SecondAcknowledgements() == 0, $"{acknowledgements.Missing + refusals.Missing} missing, {SecondAcknowledgements()} second acknowledgements");
        figures.Target("one review per new referral and none for a repeat", ReviewsListed == ReferralsAccepted, $"{ReviewsListed} reviews for {ReferralsAccepted} new referrals");
        return figures;
    }

    private static void Add(Figures figures, string what, Latencies latencies)
    {
        figures.Add($"{what} p50", latencies.P50, "ms", "0.0");
        figures.Add($"{what} p99", latencies.P99, "ms", "0.0");
        figures.Add($"{what} max", latencies.Max, "ms", "0.0");
    }

    private static IReadOnlyList<string> Row(string name, List<IntakePost> posts) =>
    [
        name,
        posts.Count.ToString(CultureInfo.InvariantCulture),
        string.Join(" ", posts.GroupBy(p => p.Status).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}:{g.Count()}"))),
        posts.Count(p => !p.AsExpected).ToString(CultureInfo.InvariantCulture),
        .. Latencies.Of(posts.Select(p => p.AnswerMs)).Cells,
    ];

    private static string Ms(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>Each new referral's acknowledgement, found by the reference it carries in its custom args.</summary>
    private (List<double> Ms, int Missing) Acknowledgements()
    {
        var first = Replies.Where(r => r.Reference is not null).GroupBy(r => r.Reference!).ToDictionary(g => g.Key, g => g.Min(r => r.SeenAt), StringComparer.Ordinal);
        return Match(Posts.Where(p => p.Status == 202 && p.Reference is not null), p => first.GetValueOrDefault(p.Reference!));
    }

    /// <summary>Each refused form's reply, which carries no reference, found by its sender: every message has its own.</summary>
    private (List<double> Ms, int Missing) Refusals()
    {
        var first = Replies.Where(r => r.Reference is null).SelectMany(r => r.To.Select(to => (To: to, r.SeenAt)))
            .GroupBy(r => r.To, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Min(r => r.SeenAt), StringComparer.OrdinalIgnoreCase);
        return Match(Posts.Where(p => p.Status == 422), p => first.GetValueOrDefault(p.Sender));
    }

    private static (List<double> Ms, int Missing) Match(IEnumerable<IntakePost> posts, Func<IntakePost, DateTimeOffset> seen)
    {
        var ms = new List<double>();
        var missing = 0;
        foreach (var post in posts)
        {
            if (seen(post) is var at && at == default)
            {
                missing++;
            }
            else
            {
                ms.Add((at - post.PostedAt).TotalMilliseconds);
            }
        }

        return (ms, missing);
    }

    /// <summary>Acknowledgements beyond the first for one reference: a repeat must not be acknowledged again.</summary>
    private int SecondAcknowledgements() =>
        Replies.Where(r => r.Reference is not null).GroupBy(r => r.Reference!).Sum(g => g.Count() - 1);
}
