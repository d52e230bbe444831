using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Reviews;

/// <summary>
/// One Durable orchestration per review, its instance id the review reference. All it does is run the host-neutral
/// <see cref="ReviewLoop"/> over the orchestration context: the decisions are the engine's, the I/O the activities'.
/// </summary>
public static class ReviewOrchestrator
{
    public const string Name = "ReviewOrchestrator";

    /// <summary>Raised (with no payload that matters) when a person records something on the review.</summary>
    public const string ChangedEvent = "review-changed";

    [Function(Name)]
    public static Task RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RunLoopAsync(context, context.GetInput<ReviewLoopInput>(), ReviewRetries.Standard, new DurableTimerAlarm(context));
    }

    /// <summary>
    /// The loop over an input the host has already read (hosts that register the orchestrator with a typed input hand
    /// it over; <c>GetInput</c> would give them untyped JSON), with the given retry policies (tests shorten the waits)
    /// and alarm (the local host's virtual clock wakes reviews itself).
    /// </summary>
    public static async Task RunLoopAsync(TaskOrchestrationContext context, ReviewLoopInput? input, ReviewRetries retries, IReviewAlarm alarm)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(alarm);
        await alarm.StartAsync();
        await ReviewLoop.RunAsync(new DurableReviewRuntime(context, retries, alarm), input ?? new ReviewLoopInput(context.InstanceId));
    }
}
