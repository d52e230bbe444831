namespace ReviewFunctions.Infrastructure.Orchestrations;

/// <summary>
/// The review orchestrations as an administrator manages them: list, read, terminate, raise an event, rewind, purge.
/// Locally over the Durable Task engine on Azurite; in Azure over the Functions app's Durable client.
/// </summary>
public interface IReviewOrchestrations
{
    /// <summary>
    /// Every review orchestration (latest generation of each), optionally only those in the given statuses; null or
    /// empty means every status.
    /// </summary>
    Task<IReadOnlyList<ReviewOrchestration>> ListAsync(IReadOnlyCollection<ReviewRuntimeStatus>? statuses, CancellationToken cancellationToken);

    /// <summary>One review's orchestration, or null when there is none.</summary>
    Task<ReviewOrchestration?> GetAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Stops a running orchestration for good; the review's events are untouched.</summary>
    Task TerminateAsync(string instanceId, string reason, CancellationToken cancellationToken);

    /// <summary>Raises an external event; <paramref name="payloadJson"/> is the event's JSON payload, or null.</summary>
    Task RaiseEventAsync(string instanceId, string eventName, string? payloadJson, CancellationToken cancellationToken);

    /// <summary>
    /// Replays a failed orchestration from its last good point (the engine's rewind). Throws
    /// <see cref="NotSupportedException"/> when the engine or its store cannot rewind, so callers can say so rather than
    /// pretend.
    /// </summary>
    Task RewindAsync(string instanceId, string reason, CancellationToken cancellationToken);

    /// <summary>Deletes the orchestration's history and status; false when there was nothing to delete.</summary>
    Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken);
}
