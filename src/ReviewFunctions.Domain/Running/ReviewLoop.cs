using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Running;

/// <summary>
/// The life of one review, written once for every host: wait for a change or the next due instant, decide (recording
/// what the last round's commands observed), run the commands, report status, and restart with fresh history every
/// few rounds so a review that runs for a year or more keeps a small history. Deterministic: it only uses the runtime's clock and activities.
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
        IReadOnlyList<ReviewEvent> observed = [];
        for (var round = input.Rounds; ; round++)
        {
            // What the last round's commands observed is recorded by this decision, in the same read and write.
            var outcome = await runtime.DecideAsync(input.Reference, runtime.Now, observed);
            var commands = outcome.Commands.Where(c => c is not (UpdateStatus or CompleteReview)).ToList();
            var results = await RunAllAsync(runtime, commands);
            observed = [.. results.SelectMany(r => r.Events)];
            var failed = results.Any(r => r.Failed);
            failedRounds = failed ? failedRounds + 1 : commands.Count > 0 ? 0 : failedRounds;

            runtime.ReportStatus(outcome.Summary);
            if (outcome.Finished)
            {
                if (observed.Count > 0)
                {
                    await runtime.RecordAsync(input.Reference, observed);
                }

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

    /// <summary>
    /// Letters and reminders do not depend on each other, so they go out together: one wait for all of them, not one
    /// each. Changes to the case files keep the order the decider gave them. Outcomes come back in the commands' order,
    /// so what is recorded does not depend on which finished first.
    /// </summary>
    private static async Task<CommandOutcome[]> RunAllAsync(IReviewRuntime runtime, List<ReviewCommand> commands)
    {
        var outcomes = new Task<CommandOutcome>[commands.Count];
        Task lastCaseFileChange = Task.CompletedTask;
        for (var i = 0; i < commands.Count; i++)
        {
            if (commands[i] is SecureCaseFiles or ReleaseCaseFiles)
            {
                outcomes[i] = RunAfterAsync(lastCaseFileChange, runtime, commands[i]);
                lastCaseFileChange = outcomes[i];
            }
            else
            {
                outcomes[i] = runtime.RunAsync(commands[i]);
            }
        }

        return await Task.WhenAll(outcomes);
    }

    private static async Task<CommandOutcome> RunAfterAsync(Task before, IReviewRuntime runtime, ReviewCommand command)
    {
        await before;
        return await runtime.RunAsync(command);
    }
}
