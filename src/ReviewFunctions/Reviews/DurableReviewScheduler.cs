using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Reviews;

/// <summary>Starts and wakes review orchestrations through the Durable client bound to the current function call.</summary>
public sealed class DurableReviewScheduler(DurableTaskClient client) : IReviewScheduler
{
    public async Task EnsureRunningAsync(string reference, CancellationToken cancellationToken)
    {
        if (await client.GetInstanceAsync(reference, false, cancellationToken) is null)
        {
            await client.ScheduleNewOrchestrationInstanceAsync(ReviewOrchestrator.Name, new ReviewLoopInput(reference), new StartOrchestrationOptions(reference), cancellationToken);
        }
    }

    /// <summary>The Durable client replaces an instance id whose orchestration is no longer running.</summary>
    public Task RestartAsync(string reference, CancellationToken cancellationToken) =>
        client.ScheduleNewOrchestrationInstanceAsync(ReviewOrchestrator.Name, new ReviewLoopInput(reference), new StartOrchestrationOptions(reference), cancellationToken);

    public Task NotifyChangedAsync(string reference, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(reference, ReviewOrchestrator.ChangedEvent, reference, cancellationToken);
}
