using System.Text.Json;
using Microsoft.DurableTask.Client;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Reviews;

namespace ReviewFunctions.Orchestrations;

/// <summary>
/// The review orchestrations through the Functions app's Durable client: in Azure, what the portal shows, read and
/// managed from code. Only <see cref="ReviewOrchestrator"/> instances are reviews; any other orchestration in the task
/// hub is neither listed nor found.
/// </summary>
/// <remarks>
/// Not registered in the container: in the isolated worker a <see cref="DurableTaskClient"/> comes from the
/// <c>[DurableClient]</c> binding of each function call, not from dependency injection, so whoever holds one builds
/// this over it.
/// </remarks>
public sealed class DurableClientReviewOrchestrations(DurableTaskClient client) : IReviewOrchestrations
{
    public async Task<IReadOnlyList<ReviewOrchestration>> ListAsync(IReadOnlyCollection<ReviewRuntimeStatus>? statuses, CancellationToken cancellationToken)
    {
        var query = new OrchestrationQuery
        {
            Statuses = statuses is { Count: > 0 } ? [.. statuses.Select(ToDurable)] : null,
            FetchInputsAndOutputs = true,
        };

        var found = new List<ReviewOrchestration>();
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            if (IsReview(instance))
            {
                found.Add(Of(instance));
            }
        }

        return found;
    }

    public async Task<ReviewOrchestration?> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        return instance is not null && IsReview(instance) ? Of(instance) : null;
    }

    public Task TerminateAsync(string instanceId, string reason, CancellationToken cancellationToken) =>
        client.TerminateInstanceAsync(instanceId, string.IsNullOrEmpty(reason) ? null : reason, cancellationToken);

    public Task RaiseEventAsync(string instanceId, string eventName, string? payloadJson, CancellationToken cancellationToken) =>
        // A JsonElement is written back as the JSON it holds, so the payload is serialised once, not as a JSON string.
        client.RaiseEventAsync(instanceId, eventName, payloadJson is null ? null : JsonSerializer.Deserialize<JsonElement>(payloadJson), cancellationToken);

    /// <summary>
    /// The client's rewind (preview in Durable Task). The client itself throws <see cref="NotSupportedException"/> when
    /// it cannot rewind; when the backend behind it cannot (the gRPC client then throws the runtime's "not implemented"
    /// exception, with no message), that is given the same meaning here, so callers handle one refusal.
    /// </summary>
    public async Task RewindAsync(string instanceId, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await client.RewindInstanceAsync(instanceId, reason, cancellationToken);
        }
        catch (NotImplementedException e)
        {
            throw new NotSupportedException("the Durable Task backend cannot rewind", e);
        }
    }

    public async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken) =>
        (await client.PurgeInstanceAsync(instanceId, cancellationToken)).PurgedInstanceCount > 0;

    private static bool IsReview(OrchestrationMetadata instance) => instance.Name == ReviewOrchestrator.Name;

    private static ReviewOrchestration Of(OrchestrationMetadata instance) => new(
        instance.Name,
        instance.InstanceId,
        FromDurable(instance.RuntimeStatus),
        instance.SerializedCustomStatus,
        instance.SerializedInput,
        instance.SerializedOutput,
        instance.CreatedAt,
        instance.LastUpdatedAt,
        instance.FailureDetails is { } failure ? new ReviewOrchestrationFailure(failure.ErrorType, failure.ErrorMessage) : null);

    // ContinuedAsNew and Canceled are obsolete in the client, but Durable Functions' HTTP API still names them and a
    // task hub written by an older extension can still hold them, so they are mapped rather than left to throw.
#pragma warning disable CS0618
    private static ReviewRuntimeStatus FromDurable(OrchestrationRuntimeStatus status) => status switch
    {
        OrchestrationRuntimeStatus.Pending => ReviewRuntimeStatus.Pending,
        OrchestrationRuntimeStatus.Running => ReviewRuntimeStatus.Running,
        OrchestrationRuntimeStatus.Completed => ReviewRuntimeStatus.Completed,
        OrchestrationRuntimeStatus.ContinuedAsNew => ReviewRuntimeStatus.ContinuedAsNew,
        OrchestrationRuntimeStatus.Failed => ReviewRuntimeStatus.Failed,
        OrchestrationRuntimeStatus.Canceled => ReviewRuntimeStatus.Canceled,
        OrchestrationRuntimeStatus.Terminated => ReviewRuntimeStatus.Terminated,
        OrchestrationRuntimeStatus.Suspended => ReviewRuntimeStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A runtime status this app does not know."),
    };

    private static OrchestrationRuntimeStatus ToDurable(ReviewRuntimeStatus status) => status switch
    {
        ReviewRuntimeStatus.Pending => OrchestrationRuntimeStatus.Pending,
        ReviewRuntimeStatus.Running => OrchestrationRuntimeStatus.Running,
        ReviewRuntimeStatus.Completed => OrchestrationRuntimeStatus.Completed,
        ReviewRuntimeStatus.ContinuedAsNew => OrchestrationRuntimeStatus.ContinuedAsNew,
        ReviewRuntimeStatus.Failed => OrchestrationRuntimeStatus.Failed,
        ReviewRuntimeStatus.Canceled => OrchestrationRuntimeStatus.Canceled,
        ReviewRuntimeStatus.Terminated => OrchestrationRuntimeStatus.Terminated,
        ReviewRuntimeStatus.Suspended => OrchestrationRuntimeStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A runtime status this app does not know."),
    };
#pragma warning restore CS0618
}
