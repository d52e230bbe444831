using Microsoft.DurableTask;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Reviews;

/// <summary>
/// The review loop's runtime on Durable Functions. Replay-safe by construction: time comes from the context, waiting is
/// a durable timer raced against an external event, and everything else is an activity with a retry policy.
/// </summary>
/// <remarks>
/// Timers of weeks or months are fine: durabletask-dotnet splits a timer longer than the worker's
/// MaximumTimerInterval (3 days by default) into shorter ones, because Azure Storage queue messages cannot be
/// scheduled more than 7 days ahead (microsoft/durabletask-dotnet, src/Worker/Core/DurableTaskWorkerOptions.cs).
/// </remarks>
public sealed class DurableReviewRuntime(TaskOrchestrationContext context, ReviewRetries retries) : IReviewRuntime
{
    public DateTimeOffset Now => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

    public async Task<WakeReason> WaitAsync(DateTimeOffset? wakeAt)
    {
        using var cancel = new CancellationTokenSource();
        var changed = context.WaitForExternalEvent<string>(ReviewOrchestrator.ChangedEvent, cancel.Token);
        if (wakeAt is not { } at)
        {
            await changed;
            return WakeReason.Changed;
        }

        var timer = context.CreateTimer(at.UtcDateTime, cancel.Token);
        var winner = await Task.WhenAny(changed, timer);

        // The loser is cancelled so a finished orchestration does not linger waiting on it. Cancel, not CancelAsync:
        // the callbacks must run here, on the orchestration's own thread, not on the thread pool.
        cancel.Cancel();
        return winner == changed ? WakeReason.Changed : WakeReason.Timer;
    }

    public Task<DecideOutcome> DecideAsync(string reference, DateTimeOffset now) =>
        context.CallActivityAsync<DecideOutcome>(ReviewActivities.Decide, new DecideRequest(reference, now), TaskOptions.FromRetryPolicy(retries.Decide));

    public async Task<CommandOutcome> RunAsync(ReviewCommand command)
    {
        try
        {
            return await context.CallActivityAsync<CommandOutcome>(ReviewActivities.RunCommand, command, TaskOptions.FromRetryPolicy(retries.Command));
        }
        catch (TaskFailedException)
        {
            // Exhausted its retries: the review carries on and the decider asks for the command again later.
            return CommandOutcome.Failure;
        }
    }

    public Task RecordAsync(string reference, IReadOnlyList<ReviewEvent> events) =>
        context.CallActivityAsync<bool>(ReviewActivities.Record, new RecordRequest(reference, events), TaskOptions.FromRetryPolicy(retries.Decide));

    public void ReportStatus(ReviewSummary summary) => context.SetCustomStatus(summary);

    public void ContinueAsNew(ReviewLoopInput input) => context.ContinueAsNew(input);
}
