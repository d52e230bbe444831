using System.Text.Json;
using Microsoft.DurableTask;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Reviews;

/// <summary>
/// The alarm Durable Functions gives every review: the orchestration's replay-safe clock, and a durable timer raced
/// against the review-changed event.
/// </summary>
/// <remarks>
/// Timers of weeks or months are fine: durabletask-dotnet splits a timer longer than the worker's
/// MaximumTimerInterval (3 days by default) into shorter ones, because Azure Storage queue messages cannot be
/// scheduled more than 7 days ahead (microsoft/durabletask-dotnet, src/Worker/Core/DurableTaskWorkerOptions.cs).
/// </remarks>
public sealed class DurableTimerAlarm(TaskOrchestrationContext context) : IReviewAlarm
{
    public DateTimeOffset Now => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

    public Task StartAsync() => Task.CompletedTask;

    public async Task<WakeReason> WaitAsync(DateTimeOffset? wakeAt)
    {
        using var cancel = new CancellationTokenSource();
        // Read as any JSON: the payload does not matter, and an administrator raising the event by hand with an object
        // or a number must not fail the review.
        var changed = context.WaitForExternalEvent<JsonElement>(ReviewOrchestrator.ChangedEvent, cancel.Token);
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
}
