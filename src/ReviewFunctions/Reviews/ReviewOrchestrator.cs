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
        return RunLoopAsync(context, context.GetInput<ReviewLoopInput>(), ReviewRetries.Standard);
    }

    /// <summary>
    /// The loop over an input the host has already read (hosts that register the orchestrator with a typed input hand
    /// it over; <c>GetInput</c> would give them untyped JSON), with the given retry policies: tests shorten the waits.
    /// </summary>
    public static Task RunLoopAsync(TaskOrchestrationContext context, ReviewLoopInput? input, ReviewRetries retries)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReviewLoop.RunAsync(new DurableReviewRuntime(context, retries), input ?? new ReviewLoopInput(context.InstanceId));
    }
}
