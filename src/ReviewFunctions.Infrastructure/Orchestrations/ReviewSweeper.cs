using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Orchestrations;

/// <summary>
/// Makes sure no unfinished review stops without anyone noticing. For every review the index holds as open, with its
/// events (the source of truth) as the judge: an orchestration that is missing, failed, terminated, cancelled or
/// completed is started again from those events; one that is running but has let a reminder or notice pass by more
/// than the grace period is woken; one with a notice that missed recipients is asked to try again once the Board's
/// directory changed. Each such act is recorded on the review (<see cref="ReviewResumed"/>,
/// <see cref="DirectoryUpdated"/>) and counted in the report. A finished review is never touched, and a suspended
/// one is left to the administrator who suspended it. A timer function in Azure, a timed loop on the local host.
/// </summary>
public sealed partial class ReviewSweeper(
    ReviewService reviews,
    ReviewEngine engine,
    IReviewOrchestrations orchestrations,
    IReviewScheduler scheduler,
    NoticeSettings notices,
    TimeProvider time,
    ILogger<ReviewSweeper> log)
{
    private const int PageSize = 200;

    /// <param name="lateAfter">How far past its due instant a running review may be before it is woken; null to leave running reviews alone (the local virtual clock wakes every due review itself).</param>
    public async Task<SweepReport> SweepAsync(TimeSpan? lateAfter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var directory = notices.Directory.Version();
        var report = new SweepReport();
        string? continuation = null;
        do
        {
            var page = await reviews.ListAsync(new ReviewIndexQuery(OpenOnly: true), PageSize, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var entry in page.Items.Select(i => i.Entry))
            {
                report = report with { Looked = report.Looked + 1 };
                var review = await reviews.LoadStateAsync(entry.Reference, cancellationToken).ConfigureAwait(false);
                if (review is null || review.State.Finished)
                {
                    continue;
                }

                report = await SweepOneAsync(review.State, directory, now, lateAfter, report, cancellationToken).ConfigureAwait(false);
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        LogSwept(report.Looked, report.Restarted, report.Woken, report.RetriedForDirectory);
        return report;
    }

    private async Task<SweepReport> SweepOneAsync(ReviewState state, string directory, DateTimeOffset now, TimeSpan? lateAfter, SweepReport report, CancellationToken cancellationToken)
    {
        var reference = state.Reference;
        var orchestration = await orchestrations.GetAsync(reference, cancellationToken).ConfigureAwait(false);
        if (Stopped(orchestration) is { } why)
        {
            await reviews.RecordObservedAsync(reference, [new ReviewResumed(now, why)], cancellationToken).ConfigureAwait(false);

            // Missing may mean intake is starting it this instant: start it only if it is still missing.
            await (orchestration is null ? scheduler.EnsureRunningAsync(reference, cancellationToken) : scheduler.RestartAsync(reference, cancellationToken)).ConfigureAwait(false);
            LogRestarted(reference, orchestration?.RuntimeStatus.ToString() ?? "Missing");
            return report with { Restarted = report.Restarted + 1 };
        }

        if (orchestration!.RuntimeStatus == ReviewRuntimeStatus.Suspended)
        {
            return report;
        }

        if (state.NoticeProblems.Values.Any(p => p.Directory != directory))
        {
            await reviews.RecordObservedAsync(reference, [new DirectoryUpdated(now, directory)], cancellationToken).ConfigureAwait(false);
            await scheduler.NotifyChangedAsync(reference, cancellationToken).ConfigureAwait(false);
            return report with { RetriedForDirectory = report.RetriedForDirectory + 1 };
        }

        if (lateAfter is { } grace && engine.Decide(state, now - grace).Events.Count > 0)
        {
            await reviews.RecordObservedAsync(reference, [new ReviewResumed(now, $"its orchestration was running but had let a reminder or notice pass by more than {grace.TotalMinutes:0} minutes")], cancellationToken).ConfigureAwait(false);
            await scheduler.NotifyChangedAsync(reference, cancellationToken).ConfigureAwait(false);
            LogWoken(reference);
            return report with { Woken = report.Woken + 1 };
        }

        return report;
    }

    private static string? Stopped(ReviewOrchestration? orchestration) => orchestration?.RuntimeStatus switch
    {
        null => "its orchestration was missing",
        ReviewRuntimeStatus.Failed => "its orchestration had failed",
        ReviewRuntimeStatus.Terminated => "its orchestration had been terminated",
        ReviewRuntimeStatus.Canceled => "its orchestration had been cancelled",
        ReviewRuntimeStatus.Completed => "its orchestration had completed while the review was unfinished",
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review {Reference}: its orchestration was {Status} while the review is unfinished; started again from its events.")]
    private partial void LogRestarted(string reference, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review {Reference}: running but behind its timetable; woken.")]
    private partial void LogWoken(string reference);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review sweep: {Looked} open reviews looked at, {Restarted} restarted, {Woken} woken, {Retried} notices retried after a directory change.")]
    private partial void LogSwept(int looked, int restarted, int woken, int retried);
}

/// <summary>What one sweep found and did.</summary>
public sealed record SweepReport(int Looked = 0, int Restarted = 0, int Woken = 0, int RetriedForDirectory = 0);
