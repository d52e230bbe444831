using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Running;

/// <summary>
/// The life of one review, written once for every host: wait for a change or the next due instant, decide, run the
/// commands, record what they observed, report status, and restart with fresh history every few rounds so a review
/// that runs for a year or more keeps a small history. Deterministic: it only uses the runtime's clock and activities.
/// </summary>
public static class ReviewLoop
{
    public const int RoundsBeforeRestart = 20;

    /// <summary>The longest wait before asking again for a command that keeps failing.</summary>
    public static readonly TimeSpan LongestRetryWait = TimeSpan.FromHours(12);

    private static readonly TimeSpan FirstRetryWait = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long to wait before asking again for a command that failed even after its retries, the
    /// <paramref name="failedRounds"/>th time in a row: 5 minutes, then three times longer each time (15, 45 minutes,
    /// 2¼, 6¾ hours), never more than <see cref="LongestRetryWait"/>, so an outage is ridden out without a fixed loop.
    /// </summary>
    public static TimeSpan RetryWait(int failedRounds)
    {
        var wait = FirstRetryWait;
        for (var i = 1; i < failedRounds && wait < LongestRetryWait; i++)
        {
            wait *= 3;
        }

        return wait < LongestRetryWait ? wait : LongestRetryWait;
    }

    public static async Task RunAsync(IReviewRuntime runtime, ReviewLoopInput input)
    {
        var failedRounds = input.FailedRounds;
        for (var round = input.Rounds; ; round++)
        {
            var outcome = await runtime.DecideAsync(input.Reference, runtime.Now);
            var observed = new List<ReviewEvent>();
            var failed = false;
            var ran = false;
            foreach (var command in outcome.Commands.Where(c => c is not (UpdateStatus or CompleteReview)))
            {
                var result = await runtime.RunAsync(command);
                observed.AddRange(result.Events);
                failed |= result.Failed;
                ran = true;
            }

            failedRounds = failed ? failedRounds + 1 : ran ? 0 : failedRounds;

            if (observed.Count > 0)
            {
                await runtime.RecordAsync(input.Reference, observed);
            }

            runtime.ReportStatus(outcome.Summary);
            if (outcome.Finished)
            {
                return;
            }

            if (observed.Count > 0)
            {
                // What the commands observed can complete steps and open others: decide again before sleeping.
                continue;
            }

            if (round + 1 >= RoundsBeforeRestart)
            {
                runtime.ContinueAsNew(input with { Rounds = 0, FailedRounds = failedRounds });
                return;
            }

            var retryAt = runtime.Now + RetryWait(failedRounds);
            await runtime.WaitAsync(failed && (outcome.NextWake is null || outcome.NextWake > retryAt) ? retryAt : outcome.NextWake);
        }
    }
}
