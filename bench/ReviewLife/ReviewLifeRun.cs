using System.Diagnostics;
using System.Text.Json;
using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Bench.ReviewLife;

/// <summary>
/// One review's whole life over the host's HTTP API: the referral e-mailed in by the intake mailbox reader, then, on
/// each day anything is due (a week apart at most), what the Board's people do, each as themselves, the host left to
/// act on each round of it, and the clock moved on by the business manager, until the review is finished.
/// </summary>
internal sealed class ReviewLifeRun(HostClient host, BoardHabits habits)
{
    /// <summary>The keys of the Board's people the run acts as, besides those who do the review's steps.</summary>
    private const string IntakeReader = "intake-reader";

    private const string BusinessManager = "business-manager";

    private const string Administrator = "admin";

    /// <summary>When people do the day's steps: after the 09:00 reminders and the 09:05 digest.</summary>
    private static readonly TimeOnly WorkingTime = new(10, 0);

    /// <summary>A Serious Case Review takes about 35 visits; a review still open after this many is stuck.</summary>
    private const int MostVisits = 400;

    /// <summary>Rounds in one day: confirming a notice, then completing its step, then the step it opens.</summary>
    private const int MostRounds = 10;

    public async Task<LifeResult> RunAsync(string referral)
    {
        var health = await host.GetAsync(new Timing(Timing.Other, "health"), "api/health", null);
        var started = health.Json.GetProperty("clock").GetProperty("now").GetDateTimeOffset();
        var wall = Stopwatch.StartNew();
        var intake = await host.PostAsync(new Timing(Timing.Other, "intake e-mail"), "api/intake/email", referral, IntakeReader);
        if (intake.Status != 202)
        {
            throw new BenchException(intake.Status == 200
                ? "The host had already received this referral: start it with a fresh --data folder."
                : $"The host did not accept the referral (HTTP {intake.Status}).");
        }

        var reference = intake.Json.GetProperty("reviewReference").GetString()!;
        var now = await SettleAsync();
        var review = await ReadAsync(reference);
        for (var visit = 0; visit < MostVisits && !review.Finished; visit++)
        {
            var today = UkTime.ToUkDate(now);
            review = await DoTodaysWorkAsync(review, today);
            if (review.Finished)
            {
                break;
            }

            var next = habits.NextDay(review, today) is { } day && day <= today.AddDays(7) ? day : today.AddDays(7);
            now = await AdvanceAsync(new Timing(Timing.Clock, Timing.MoveTime), JsonSerializer.Serialize(new { to = UkTime.At(next, WorkingTime) }));
            review = await ReadAsync(reference);
        }

        wall.Stop();
        if (!review.Finished)
        {
            throw new BenchException($"{reference} is still open at {now:O} after {MostVisits} visits: {string.Join(", ", review.Steps.Where(s => s.IsOpen).Select(s => s.Id))}.");
        }

        var outbox = await host.GetAsync(new Timing(Timing.Other, "outbox"), "api/outbox", BusinessManager);
        var orchestration = await host.GetAsync(new Timing(Timing.Other, "orchestration status"), $"runtime/webhooks/durabletask/instances/{reference}", Administrator);
        return new LifeResult(
            review,
            started,
            now,
            wall.Elapsed,
            [.. outbox.Json.EnumerateArray().Select(m => m.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).FirstOrDefault() ?? "none")],
            orchestration.Succeeded && orchestration.Json.TryGetProperty("runtimeStatus", out var status) ? status.GetString() : null);
    }

    /// <summary>Posts what people do today, a round at a time, letting the host act on each round before the next.</summary>
    private async Task<ReviewSnapshot> DoTodaysWorkAsync(ReviewSnapshot review, DateOnly today)
    {
        for (var round = 0; round < MostRounds; round++)
        {
            var posts = habits.Posts(review, today);
            if (posts.Count == 0)
            {
                break;
            }

            foreach (var post in posts)
            {
                var answer = await host.PostAsync(new Timing(Timing.Step, $"{post.StepKind} · {post.Event}"), $"api/reviews/{review.Reference}/events", post.Body, post.Person);
                if (!answer.Succeeded)
                {
                    throw new BenchException($"{today:yyyy-MM-dd}: the host refused {post.Event} for {post.StepKind} from {post.Person} ({answer.Problem}).");
                }
            }

            await SettleAsync();
            review = await ReadAsync(review.Reference);
        }

        return review;
    }

    /// <summary>Moves the clock by nothing: the host answers once every review has done what it was told.</summary>
    private async Task<DateTimeOffset> SettleAsync() => await AdvanceAsync(new Timing(Timing.Clock, Timing.Settle), """{"by":"PT0S"}""");

    private async Task<DateTimeOffset> AdvanceAsync(Timing timing, string body)
    {
        var answer = await host.PostAsync(timing, "api/clock/advance", body, BusinessManager);
        return answer.Succeeded
            ? answer.Json.GetProperty("now").GetDateTimeOffset()
            : throw new BenchException($"The host would not move its clock ({answer.Problem}); start it with --clock virtual.");
    }

    private async Task<ReviewSnapshot> ReadAsync(string reference)
    {
        var answer = await host.GetAsync(new Timing(Timing.Other, "read the review"), $"api/reviews/{reference}", BusinessManager);
        return answer.Succeeded ? ReviewSnapshot.Read(answer.Json) : throw new BenchException($"The host could not show {reference} ({answer.Problem}).");
    }
}

/// <param name="Outbox">Each e-mail's first category: what kind of mail it is.</param>
/// <param name="RuntimeStatus">The orchestration's status, or null where the host does not serve it.</param>
internal sealed record LifeResult(ReviewSnapshot Review, DateTimeOffset Started, DateTimeOffset Ended, TimeSpan Wall, IReadOnlyList<string> Outbox, string? RuntimeStatus);
