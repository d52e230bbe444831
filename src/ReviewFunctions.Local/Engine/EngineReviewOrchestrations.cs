using System.Text.Json;
using DurableTask.AzureStorage.Tracking;
using DurableTask.Core;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Reviews;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// The review orchestrations on the local engine, as an administrator manages them in Azure through the Durable client.
/// The host's <see cref="ReviewWakeTracker"/> is kept in step, so the virtual clock never waits for a review that an
/// administrator has stopped, and always waits for one that has been set going again.
/// </summary>
public sealed class EngineReviewOrchestrations(LocalEngine engine, ReviewWakeTracker tracker) : IReviewOrchestrations
{
    /// <summary>Instances read per query: one page covers a Board's reviews, and the query pages through any more.</summary>
    private const int PageSize = 100;

    /// <summary>Null or empty: every status, as the Durable Functions API reads an absent filter.</summary>
    public async Task<IReadOnlyList<ReviewOrchestration>> ListAsync(IReadOnlyCollection<ReviewRuntimeStatus>? statuses, CancellationToken cancellationToken)
    {
        var condition = new OrchestrationInstanceStatusQueryCondition
        {
            RuntimeStatus = statuses is { Count: > 0 } ? [.. statuses.Select(ToEngine)] : null,
            FetchInput = true,
            FetchOutput = true,
        };
        var found = new List<ReviewOrchestration>();
        string? continuation = null;
        do
        {
            var page = await engine.Service.GetOrchestrationStateAsync(condition, PageSize, continuation, cancellationToken);
            found.AddRange(page.OrchestrationState.Where(IsReview).Select(ToReview));
            continuation = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
        }
        while (continuation is not null);

        return [.. found.OrderBy(o => o.InstanceId, StringComparer.Ordinal)];
    }

    public async Task<ReviewOrchestration?> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        var states = await engine.Service.GetOrchestrationStateAsync(instanceId, allExecutions: false, fetchInput: true);
        return states.FirstOrDefault(s => s is not null && IsReview(s)) is { } state ? ToReview(state) : null;
    }

    public async Task TerminateAsync(string instanceId, string reason, CancellationToken cancellationToken)
    {
        await engine.Client.TerminateInstanceAsync(new OrchestrationInstance { InstanceId = instanceId }, reason);
        tracker.Ended(instanceId);
    }

    /// <remarks>
    /// On this host the payload of the two wake-up events is the host's own token: the review reads it only to say which
    /// wake-up it has taken, and the host waits until it has, so an administrator's payload is replaced by a fresh token
    /// (the review loop gives it no other meaning). Every other event goes with its payload decoded, for the client to
    /// encode once.
    /// </remarks>
    public async Task RaiseEventAsync(string instanceId, string eventName, string? payloadJson, CancellationToken cancellationToken)
    {
        var instance = new OrchestrationInstance { InstanceId = instanceId };
        if (eventName is ReviewOrchestrator.ChangedEvent or LocalAlarm.WakeEvent)
        {
            await engine.Client.RaiseEventAsync(instance, eventName, tracker.Nudged(instanceId));
            return;
        }

        await engine.Client.RaiseEventAsync(instance, eventName, JsonSerializer.Deserialize<JsonElement>(payloadJson ?? "null"));
    }

    /// <remarks>The review is busy from before the engine can take it up again, so the host waits for it to sleep.</remarks>
    public async Task RewindAsync(string instanceId, string reason, CancellationToken cancellationToken)
    {
        tracker.Started(instanceId);
        try
        {
            await engine.Service.RewindTaskOrchestrationAsync(instanceId, reason);
        }
        catch
        {
            tracker.Ended(instanceId);
            throw;
        }
    }

    public async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken)
    {
        var purged = await engine.Service.PurgeInstanceHistoryAsync(instanceId);
        tracker.Ended(instanceId);
        return purged.InstancesDeleted > 0;
    }

    private static bool IsReview(OrchestrationState state) => state.Name == ReviewOrchestrator.Name;

    /// <remarks>
    /// A rewound orchestration's stored status keeps the failure's output and details, and says Pending until its next
    /// generation although it runs (Azure/azure-functions-durable-extension#968 and #1557); an output or a failure is
    /// only read from an orchestration that has ended, as Durable Functions' status API promises.
    /// </remarks>
    private static ReviewOrchestration ToReview(OrchestrationState state)
    {
        var status = FromEngine(state.OrchestrationStatus);
        var ended = status is ReviewRuntimeStatus.Completed or ReviewRuntimeStatus.Failed or ReviewRuntimeStatus.Terminated or ReviewRuntimeStatus.Canceled;
        return new(
            state.Name,
            state.OrchestrationInstance.InstanceId,
            status,
            CustomStatus(state.Status),
            NullIfEmpty(state.Input),
            ended ? NullIfEmpty(state.Output) : null,
            Utc(state.CreatedTime),
            Utc(state.LastUpdatedTime),
            status == ReviewRuntimeStatus.Failed ? Failure(state.Output) : null);
    }

    /// <summary>
    /// The Azure Storage provider keeps a failure's details as the instance's output, written as
    /// <see cref="FailureDetails.ToString"/> ("ErrorType: ErrorMessage"), and does not fill
    /// <see cref="OrchestrationState.FailureDetails"/> from it; a type name holds no ": ", so the first one divides them.
    /// </summary>
    private static ReviewOrchestrationFailure? Failure(string? output)
    {
        if (string.IsNullOrEmpty(output))
        {
            return null;
        }

        var divide = output.IndexOf(": ", StringComparison.Ordinal);
        return divide > 0 && !output[..divide].Contains(' ', StringComparison.Ordinal)
            ? new ReviewOrchestrationFailure(output[..divide], output[(divide + 2)..])
            : new ReviewOrchestrationFailure(string.Empty, output);
    }

    private static ReviewRuntimeStatus FromEngine(OrchestrationStatus status) => status switch
    {
        OrchestrationStatus.Pending => ReviewRuntimeStatus.Pending,
        OrchestrationStatus.Running => ReviewRuntimeStatus.Running,
        OrchestrationStatus.Completed => ReviewRuntimeStatus.Completed,
        OrchestrationStatus.ContinuedAsNew => ReviewRuntimeStatus.ContinuedAsNew,
        OrchestrationStatus.Failed => ReviewRuntimeStatus.Failed,
        OrchestrationStatus.Canceled => ReviewRuntimeStatus.Canceled,
        OrchestrationStatus.Terminated => ReviewRuntimeStatus.Terminated,
        OrchestrationStatus.Suspended => ReviewRuntimeStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "The engine reported a status Durable Functions does not name."),
    };

    private static OrchestrationStatus ToEngine(ReviewRuntimeStatus status) => status switch
    {
        ReviewRuntimeStatus.Pending => OrchestrationStatus.Pending,
        ReviewRuntimeStatus.Running => OrchestrationStatus.Running,
        ReviewRuntimeStatus.Completed => OrchestrationStatus.Completed,
        ReviewRuntimeStatus.ContinuedAsNew => OrchestrationStatus.ContinuedAsNew,
        ReviewRuntimeStatus.Failed => OrchestrationStatus.Failed,
        ReviewRuntimeStatus.Canceled => OrchestrationStatus.Canceled,
        ReviewRuntimeStatus.Terminated => OrchestrationStatus.Terminated,
        ReviewRuntimeStatus.Suspended => OrchestrationStatus.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a runtime status."),
    };

    /// <summary>The engine stores "null" for an orchestration that has not set a custom status yet.</summary>
    private static string? CustomStatus(string? stored) => stored is null or "" or "null" ? null : stored;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The engine keeps UTC times as unspecified-kind <see cref="DateTime"/> values.</summary>
    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
