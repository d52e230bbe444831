using System.Diagnostics;
using System.Text.Json;
using ReviewFunctions.Bench.Running;
using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Bench.Local;

/// <summary>
/// Drives a caseload over the host's HTTP API: every referral e-mailed in on the first morning, then on each day anything
/// is due (a week apart at most) what the Board's people do on every review (several people at once, each review's
/// steps in order), the host left to act on each round of it,
/// and the clock moved on by the business manager, month by month. Each month's wall time and engine work are kept.
/// </summary>
internal sealed class CaseloadRun(HostClient host, BoardHabits habits, TextWriter progress)
{
    private const string IntakeReader = "intake-reader";
    private const string BusinessManager = "business-manager";

    /// <summary>When people do the day's steps: after the 09:00 reminders and the 09:05 digest.</summary>
    private static readonly TimeOnly WorkingTime = new(10, 0);

    /// <summary>Rounds in one day: confirming a notice, then completing its step, then the step it opens.</summary>
    private const int MostRounds = 10;

    /// <summary>
    /// People working at once: a Board's reviews have different chairs, leads and managers, who do not wait for each
    /// other; each review's own steps still go in order.
    /// </summary>
    private static readonly ParallelOptions PeopleAtOnce = new() { MaxDegreeOfParallelism = 8 };

    /// <param name="monthEnded">Called as each virtual month ends, with its number, for figures kept per month.</param>
    public async Task<CaseloadResult> RunAsync(int count, int months, Action<int>? monthEnded, CancellationToken cancellationToken)
    {
        var (now, _) = await HealthAsync();
        var start = now;
        var intake = Stopwatch.StartNew();
        var reviews = new Dictionary<string, ReviewSnapshot>(StringComparer.Ordinal);
        foreach (var referral in CaseloadReferrals.Make(count, now.AddMinutes(-3)))
        {
            var answer = await host.PostAsync(new Timing(Timing.Other, "intake e-mail"), "api/intake/email", referral, IntakeReader);
            if (answer.Status != 202)
            {
                throw new BenchFailedException($"The host did not accept a caseload referral ({answer.Problem}).");
            }

            reviews[answer.Json.GetProperty("reviewReference").GetString()!] = null!;
        }

        now = await SettleAsync();
        await ReadAllAsync(reviews, [.. reviews.Keys]);

        intake.Stop();
        var results = new List<MonthResult>();
        for (var month = 1; month <= months; month++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var monthEnd = start.AddMonths(month);
            var (_, workBefore) = await HealthAsync();
            var wall = Stopwatch.StartNew();
            var posts = 0;
            while (now < monthEnd)
            {
                var today = UkTime.ToUkDate(now);
                posts += await DoTodaysWorkAsync(reviews, today);
                var next = reviews.Values.Where(r => !r.Finished).Select(r => habits.NextDay(r, today)).Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(today.AddDays(7)).Min();
                var to = UkTime.At(next <= today.AddDays(7) ? next : today.AddDays(7), WorkingTime);
                now = await AdvanceAsync(to < monthEnd ? to : monthEnd);
                await ReadAllAsync(reviews, [.. reviews.Where(r => !r.Value.Finished).Select(r => r.Key)]);
            }

            wall.Stop();
            monthEnded?.Invoke(month);
            var (_, workAfter) = await HealthAsync();
            results.Add(new MonthResult(wall.Elapsed, workAfter.Episodes - workBefore.Episodes, workAfter.Activities - workBefore.Activities, posts, reviews.Values.Count(r => !r.Finished), MachineLoad.LastMinute()));
            await progress.WriteLineAsync(FormattableString.Invariant($"month {month}: {wall.Elapsed.TotalSeconds:0.0} s, {workAfter.Episodes - workBefore.Episodes} episodes, {posts} posts, {results[^1].OpenReviews} open"));
        }

        return new CaseloadResult(start, intake.Elapsed, results, reviews.Values.Count(r => r.Finished));
    }

    /// <summary>Posts what people do today on every review, a round at a time, letting the host act on each round before the next.</summary>
    private async Task<int> DoTodaysWorkAsync(Dictionary<string, ReviewSnapshot> reviews, DateOnly today)
    {
        var posted = 0;
        for (var round = 0; round < MostRounds; round++)
        {
            var work = reviews.Values.Where(r => !r.Finished).Select(r => (Review: r, Posts: habits.Posts(r, today))).Where(w => w.Posts.Count > 0).ToList();
            if (work.Count == 0)
            {
                break;
            }

            await Parallel.ForEachAsync(work, PeopleAtOnce, async (w, _) =>
            {
                foreach (var post in w.Posts)
                {
                    var answer = await host.PostAsync(new Timing(Timing.Step, $"{post.StepKind} · {post.Event}"), $"api/reviews/{w.Review.Reference}/events", post.Body, post.Person);
                    if (!answer.Succeeded)
                    {
                        throw new BenchFailedException($"{today:yyyy-MM-dd}: the host refused {post.Event} for {post.StepKind} on {w.Review.Reference} from {post.Person} ({answer.Problem}).");
                    }
                }
            });

            posted += work.Sum(w => w.Posts.Count);
            await SettleAsync();
            await ReadAllAsync(reviews, [.. work.Select(w => w.Review.Reference)]);
        }

        return posted;
    }

    private async Task ReadAllAsync(Dictionary<string, ReviewSnapshot> reviews, IReadOnlyList<string> references)
    {
        var read = new ReviewSnapshot[references.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, references.Count), PeopleAtOnce, async (i, _) => read[i] = await ReadAsync(references[i]));
        for (var i = 0; i < references.Count; i++)
        {
            reviews[references[i]] = read[i];
        }
    }

    private async Task<(DateTimeOffset Now, EngineCount Work)> HealthAsync()
    {
        var health = await host.GetAsync(new Timing(Timing.Other, "health"), "api/health", null);
        var json = health.Json;
        var engine = json.GetProperty("engine");
        return (json.GetProperty("clock").GetProperty("now").GetDateTimeOffset(), new EngineCount(engine.GetProperty("episodes").GetInt64(), engine.GetProperty("activities").GetInt64()));
    }

    /// <summary>Moves the clock by nothing: the host answers once every review has done what it was told.</summary>
    private async Task<DateTimeOffset> SettleAsync() => await AdvanceAsync("""{"by":"PT0S"}""", Timing.Settle);

    private async Task<DateTimeOffset> AdvanceAsync(DateTimeOffset to) => await AdvanceAsync(JsonSerializer.Serialize(new { to }), Timing.MoveTime);

    private async Task<DateTimeOffset> AdvanceAsync(string body, string name)
    {
        var answer = await host.PostAsync(new Timing(Timing.Clock, name), "api/clock/advance", body, BusinessManager);
        return answer.Succeeded
            ? answer.Json.GetProperty("now").GetDateTimeOffset()
            : throw new BenchFailedException($"The host would not move its clock ({answer.Problem}).");
    }

    private async Task<ReviewSnapshot> ReadAsync(string reference)
    {
        var answer = await host.GetAsync(new Timing(Timing.Other, "read the review"), $"api/reviews/{reference}", BusinessManager);
        return answer.Succeeded ? ReviewSnapshot.Read(answer.Json) : throw new BenchFailedException($"The host could not show {reference} ({answer.Problem}).");
    }

    private sealed record EngineCount(long Episodes, long Activities);
}

/// <param name="Load">The machine's load average over the last minute as the month ended: other work slows a month.</param>
internal sealed record MonthResult(TimeSpan Wall, long Episodes, long Activities, int Posts, int OpenReviews, string Load);

/// <param name="Start">The host's clock when the run began; every referral was received just before it, and month 1 starts here.</param>
internal sealed record CaseloadResult(DateTimeOffset Start, TimeSpan Intake, IReadOnlyList<MonthResult> Months, int Finished);
