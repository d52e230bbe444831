using DurableTask.Core;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Reviews;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// Starts and wakes review orchestrations on the local engine, as the Durable client does in Azure: one instance per
/// review, its id the reference, woken by the same review-changed event.
/// </summary>
public sealed class EngineReviewScheduler(LocalEngine engine, ReviewWakeTracker tracker, TimeProvider clock) : IReviewScheduler
{
    public async Task EnsureRunningAsync(string reference, CancellationToken cancellationToken)
    {
        if (await engine.StateAsync(reference) is null)
        {
            await StartAsync(reference);
        }
    }

    /// <summary>The engine replaces an instance id whose orchestration is no longer running (no de-duplication asked for).</summary>
    public Task RestartAsync(string reference, CancellationToken cancellationToken) => StartAsync(reference);

    public async Task NotifyChangedAsync(string reference, CancellationToken cancellationToken)
    {
        var nudge = tracker.Nudged(reference);
        await engine.Client.RaiseEventAsync(new OrchestrationInstance { InstanceId = reference }, ReviewOrchestrator.ChangedEvent, new ReviewWakeUp(nudge, clock.GetUtcNow()));
    }

    /// <summary>
    /// After a start: every open review carries on. A review whose orchestration is missing (never started, or lost with
    /// Azurite's last writes on a kill) starts again from its stored events; with the virtual clock, each running one is
    /// woken once so it says when it next wants waking, which only it knows.
    /// </summary>
    public async Task ResumeAsync(IReviewIndex index, bool virtualClock, CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await index.ListAsync(new ReviewIndexQuery(OpenOnly: true), 200, continuation, cancellationToken);
            foreach (var reference in page.Items.Select(i => i.Entry.Reference))
            {
                var state = await engine.StateAsync(reference);
                if (state is null)
                {
                    await StartAsync(reference);
                }
                else if (virtualClock && state.OrchestrationStatus is OrchestrationStatus.Running or OrchestrationStatus.Pending)
                {
                    await WakeAsync(reference);
                }
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    /// <summary>Wakes a sleeping review because the virtual clock has reached its instant.</summary>
    public async Task WakeAsync(string reference)
    {
        var nudge = tracker.Nudged(reference);
        await engine.Client.RaiseEventAsync(new OrchestrationInstance { InstanceId = reference }, LocalAlarm.WakeEvent, new ReviewWakeUp(nudge, clock.GetUtcNow()));
    }

    private async Task StartAsync(string reference)
    {
        tracker.Started(reference);
        await engine.Client.CreateOrchestrationInstanceAsync(ReviewOrchestrator.Name, string.Empty, reference, new ReviewLoopInput(reference));
    }
}
