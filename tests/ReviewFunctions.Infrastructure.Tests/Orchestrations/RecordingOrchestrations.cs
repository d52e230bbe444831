using ReviewFunctions.Infrastructure.Orchestrations;

namespace ReviewFunctions.Infrastructure.Tests.Orchestrations;

/// <summary>
/// Review orchestrations held in memory, as a test sets them up. Every change asked of them is recorded, so a test can
/// tell an operation that was refused from one that reached the engine.
/// </summary>
internal sealed class RecordingOrchestrations : IReviewOrchestrations
{
    public static readonly DateTimeOffset Created = new(2027, 2, 8, 10, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, ReviewOrchestration> instances = new(StringComparer.Ordinal);

    /// <summary>Each change as "operation id: detail", in order.</summary>
    public List<string> Changes { get; } = [];

    /// <summary>How many times the engine was read, by list or by id.</summary>
    public int Reads { get; private set; }

    /// <summary>The status filter each list was given.</summary>
    public List<IReadOnlyCollection<ReviewRuntimeStatus>?> Filters { get; } = [];

    /// <summary>What a rewind throws, for an engine that cannot rewind.</summary>
    public Exception? RewindFailure { get; init; }

    public ReviewOrchestration Add(string instanceId, ReviewRuntimeStatus status, string? outputJson = null, ReviewOrchestrationFailure? failure = null)
    {
        var orchestration = new ReviewOrchestration(
            "ReviewOrchestrator",
            instanceId,
            status,
            $$"""{"reference":"{{instanceId}}","kind":"scr","nation":"england","stage":"referral","nextDueStep":"agency-request","nextDue":"2027-02-09","overdueCount":0,"finished":false}""",
            $$"""{"reference":"{{instanceId}}","round":0}""",
            outputJson,
            Created,
            Created.AddMinutes(5),
            failure);
        return Put(orchestration);
    }

    public ReviewOrchestration Put(ReviewOrchestration orchestration)
    {
        instances[orchestration.InstanceId] = orchestration;
        return orchestration;
    }

    public Task<IReadOnlyList<ReviewOrchestration>> ListAsync(IReadOnlyCollection<ReviewRuntimeStatus>? statuses, CancellationToken cancellationToken)
    {
        Reads++;
        Filters.Add(statuses);
        IReadOnlyList<ReviewOrchestration> found =
            [.. instances.Values.Where(i => statuses is null or { Count: 0 } || statuses.Contains(i.RuntimeStatus)).OrderBy(i => i.InstanceId, StringComparer.Ordinal)];
        return Task.FromResult(found);
    }

    public Task<ReviewOrchestration?> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult(instances.GetValueOrDefault(instanceId));
    }

    public Task TerminateAsync(string instanceId, string reason, CancellationToken cancellationToken)
    {
        Changes.Add($"terminate {instanceId}: {reason}");
        return Task.CompletedTask;
    }

    public Task RaiseEventAsync(string instanceId, string eventName, string? payloadJson, CancellationToken cancellationToken)
    {
        Changes.Add($"raise {instanceId}: {eventName} {payloadJson}");
        return Task.CompletedTask;
    }

    public Task RewindAsync(string instanceId, string reason, CancellationToken cancellationToken)
    {
        if (RewindFailure is not null)
        {
            throw RewindFailure;
        }

        Changes.Add($"rewind {instanceId}: {reason}");
        return Task.CompletedTask;
    }

    public Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken)
    {
        Changes.Add($"purge {instanceId}");
        return Task.FromResult(instances.Remove(instanceId));
    }
}
