namespace ReviewFunctions.Infrastructure.Orchestrations;

/// <summary>
/// What an administrator sees of one review's orchestration: the facts the Azure portal and the Durable Functions
/// instance-management API show. The custom status is the review's summary (stage, next due step, overdue count, last
/// notice), never personal data.
/// </summary>
/// <param name="Name">The orchestrator's name, <c>ReviewOrchestrator</c>.</param>
/// <param name="InstanceId">The review reference.</param>
/// <param name="CustomStatusJson">The custom status as JSON, or null when none has been set yet.</param>
/// <param name="InputJson">The orchestration's input as JSON (the reference and the round count), or null.</param>
/// <param name="OutputJson">The orchestration's output as JSON, or null.</param>
/// <param name="Failure">Why it failed, when <see cref="RuntimeStatus"/> is <see cref="ReviewRuntimeStatus.Failed"/>.</param>
public sealed record ReviewOrchestration(
    string Name,
    string InstanceId,
    ReviewRuntimeStatus RuntimeStatus,
    string? CustomStatusJson,
    string? InputJson,
    string? OutputJson,
    DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime,
    ReviewOrchestrationFailure? Failure);

/// <summary>The error an orchestration failed with: its type and message, as the engine recorded them.</summary>
public sealed record ReviewOrchestrationFailure(string ErrorType, string ErrorMessage);

/// <summary>The runtime statuses, named exactly as Durable Functions names them in the portal and its HTTP API.</summary>
public enum ReviewRuntimeStatus
{
    Pending,
    Running,
    Completed,
    ContinuedAsNew,
    Failed,
    Canceled,
    Terminated,
    Suspended,
}
