using Microsoft.DurableTask;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Reviews;

/// <summary>
/// The review loop's runtime on Durable Functions. Replay-safe by construction: time and waiting come from the
/// <see cref="IReviewAlarm"/> (the orchestration clock and durable timers in Azure), and everything else is an activity
/// with a retry policy.
/// </summary>
public sealed class DurableReviewRuntime(TaskOrchestrationContext context, ReviewRetries retries, IReviewAlarm alarm) : IReviewRuntime
{
    public DateTimeOffset Now => alarm.Now;

    public Task<WakeReason> WaitAsync(DateTimeOffset? wakeAt) => alarm.WaitAsync(wakeAt);

    public Task<DecideOutcome> DecideAsync(string reference, DateTimeOffset now, IReadOnlyList<ReviewEvent> observed) =>
        context.CallActivityAsync<DecideOutcome>(ReviewActivities.Decide, new DecideRequest(reference, now, observed), TaskOptions.FromRetryPolicy(retries.Decide));

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
