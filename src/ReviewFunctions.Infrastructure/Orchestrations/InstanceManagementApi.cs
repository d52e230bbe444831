using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.Orchestrations;

/// <summary>
/// The Durable Functions instance-management HTTP API (<c>/runtime/webhooks/durabletask/instances…</c>) over the
/// review orchestrations, independent of any host, so a script written against the Function App in Azure works
/// against the local host too.
/// </summary>
/// <remarks>
/// <para>
/// Status codes are those of the extension's own handler (HttpApiHandler in Azure/azure-functions-durable-extension),
/// which is what Azure answers; where the "HTTP API reference" page says otherwise, docs/AZURE.md says which and why.
/// </para>
/// <para>
/// Not carried over: the <c>Location</c> and <c>Retry-After</c> headers on a 202 status answer (an
/// <see cref="ApiResponse"/> has no headers), paging with <c>top</c> and <c>x-ms-continuation-token</c>, the
/// <c>createdTimeFrom</c>/<c>createdTimeTo</c>/<c>instanceIdPrefix</c> filters and <c>showHistory</c>. Input is
/// checked before the orchestration is read, so a bad request is refused without touching storage.
/// </para>
/// </remarks>
public sealed partial class InstanceManagementApi(IReviewOrchestrations orchestrations)
{
    /// <summary>The route prefix Durable Functions serves these operations under, on every host.</summary>
    public const string Route = "runtime/webhooks/durabletask/instances";

    /// <summary>A review's events carry a reference, never a document; a larger payload is refused unread.</summary>
    public const int MaxEventBytes = 64 * 1024;

    /// <summary>A reason is stored as the orchestration's output and shown in the portal; a sentence is enough.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary><c>GET …/instances?runtimeStatus=Running,Failed</c>: 200 with an array, 400 for an unknown status.</summary>
    public async Task<ApiResponse> ListAsync(IEnumerable<string?> runtimeStatusValues, CancellationToken cancellationToken)
    {
        var (statuses, unknown) = RuntimeStatusFilter.Read(runtimeStatusValues);
        if (unknown is not null)
        {
            return InstanceProblems.UnknownRuntimeStatus(unknown);
        }

        var found = await orchestrations.ListAsync(statuses, cancellationToken);
        return Answer(200, found.Select(InstanceStatus.Of).ToList());
    }

    /// <summary>
    /// <c>GET …/instances/{instanceId}?returnInternalServerErrorOnFailure=true</c>: 202 while Pending, Running,
    /// ContinuedAsNew or Suspended; 200 once Completed, Failed, Terminated or Canceled, except 500 for Failed when the
    /// flag asks for it; 404 when there is none. Every answer but 404 carries the instance.
    /// </summary>
    public async Task<ApiResponse> GetAsync(string instanceId, string? returnInternalServerErrorOnFailure, CancellationToken cancellationToken)
    {
        if (!IsInstanceId(instanceId))
        {
            return InstanceProblems.BadInstanceId();
        }

        var failureIs500 = false;
        if (returnInternalServerErrorOnFailure is not null && !bool.TryParse(returnInternalServerErrorOnFailure, out failureIs500))
        {
            return InstanceProblems.BadFlag("returnInternalServerErrorOnFailure");
        }

        var orchestration = await orchestrations.GetAsync(instanceId, cancellationToken);
        if (orchestration is null)
        {
            return InstanceProblems.NotFound(instanceId);
        }

        var status = orchestration.RuntimeStatus switch
        {
            ReviewRuntimeStatus.Failed when failureIs500 => 500,
            _ when InProgress(orchestration.RuntimeStatus) => 202,
            _ => 200,
        };
        return Answer(status, InstanceStatus.Of(orchestration));
    }

    /// <summary><c>POST …/instances/{instanceId}/terminate?reason=…</c>: 202; 404 when there is none; 410 once finished.</summary>
    public async Task<ApiResponse> TerminateAsync(string instanceId, string? reason, CancellationToken cancellationToken)
    {
        if (Refuse(instanceId, reason) is { } refusal)
        {
            return refusal;
        }

        var orchestration = await orchestrations.GetAsync(instanceId, cancellationToken);
        if (orchestration is null)
        {
            return InstanceProblems.NotFound(instanceId);
        }

        if (!InProgress(orchestration.RuntimeStatus))
        {
            return InstanceProblems.Gone(orchestration);
        }

        await orchestrations.TerminateAsync(instanceId, reason ?? string.Empty, cancellationToken);
        return Accepted();
    }

    /// <summary>
    /// <c>POST …/instances/{instanceId}/raiseEvent/{eventName}</c> with a JSON body: 202; 400 unless the body is
    /// <c>application/json</c> and one JSON value; 404 when there is none; 410 once finished.
    /// </summary>
    public async Task<ApiResponse> RaiseEventAsync(string instanceId, string eventName, string? contentType, string body, CancellationToken cancellationToken)
    {
        if (!IsInstanceId(instanceId))
        {
            return InstanceProblems.BadInstanceId();
        }

        if (!EventNamePattern().IsMatch(eventName))
        {
            return InstanceProblems.BadEventName();
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !string.Equals(mediaType.MediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return InstanceProblems.NotJsonContent();
        }

        if (Encoding.UTF8.GetByteCount(body) > MaxEventBytes)
        {
            return Problems.TooLarge(MaxEventBytes);
        }

        try
        {
            using var _ = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return InstanceProblems.InvalidJson(e.Message);
        }

        var orchestration = await orchestrations.GetAsync(instanceId, cancellationToken);
        if (orchestration is null)
        {
            return InstanceProblems.NotFound(instanceId);
        }

        if (!InProgress(orchestration.RuntimeStatus))
        {
            return InstanceProblems.Gone(orchestration);
        }

        await orchestrations.RaiseEventAsync(instanceId, eventName, body, cancellationToken);
        return Accepted();
    }

    /// <summary>
    /// <c>POST …/instances/{instanceId}/rewind?reason=…</c>: 202; 404 when there is none; 412 unless it is Failed;
    /// 501 when the engine underneath cannot rewind.
    /// </summary>
    public async Task<ApiResponse> RewindAsync(string instanceId, string? reason, CancellationToken cancellationToken)
    {
        if (Refuse(instanceId, reason) is { } refusal)
        {
            return refusal;
        }

        var orchestration = await orchestrations.GetAsync(instanceId, cancellationToken);
        if (orchestration is null)
        {
            return InstanceProblems.NotFound(instanceId);
        }

        if (orchestration.RuntimeStatus != ReviewRuntimeStatus.Failed)
        {
            return InstanceProblems.NotFailed(orchestration);
        }

        try
        {
            await orchestrations.RewindAsync(instanceId, reason ?? string.Empty, cancellationToken);
        }
        catch (NotSupportedException e)
        {
            return InstanceProblems.RewindUnavailable(instanceId, e.Message);
        }

        return Accepted();
    }

    /// <summary>
    /// <c>DELETE …/instances/{instanceId}</c>: 200 with <c>{"instancesDeleted":1}</c>; 404 when there is nothing to
    /// purge; 412 while it is still in progress (terminate it first), as Durable Functions refuses too.
    /// </summary>
    public async Task<ApiResponse> PurgeAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (!IsInstanceId(instanceId))
        {
            return InstanceProblems.BadInstanceId();
        }

        var orchestration = await orchestrations.GetAsync(instanceId, cancellationToken);
        if (orchestration is null)
        {
            return InstanceProblems.NotFound(instanceId);
        }

        if (InProgress(orchestration.RuntimeStatus))
        {
            return InstanceProblems.NotFinished(orchestration);
        }

        return await orchestrations.PurgeAsync(instanceId, cancellationToken)
            ? ApiJson.Ok(new { instancesDeleted = 1 })
            : InstanceProblems.NotFound(instanceId);
    }

    /// <summary>Durable Functions' "completed" set is Completed, Failed, Terminated and Canceled; the rest may still run.</summary>
    private static bool InProgress(ReviewRuntimeStatus status) =>
        status is not (ReviewRuntimeStatus.Completed or ReviewRuntimeStatus.Failed or ReviewRuntimeStatus.Terminated or ReviewRuntimeStatus.Canceled);

    private static ApiResponse? Refuse(string instanceId, string? reason) =>
        !IsInstanceId(instanceId) ? InstanceProblems.BadInstanceId()
        : reason?.Length > MaxReasonLength ? InstanceProblems.ReasonTooLong(MaxReasonLength)
        : null;

    private static bool IsInstanceId(string instanceId) => InstanceIdPattern().IsMatch(instanceId);

    private static ApiResponse Answer<T>(int status, T value) =>
        new(status, ApiResponse.Json, JsonSerializer.Serialize(value, InstanceStatus.Json));

    /// <summary>Durable Functions answers these with no content at all.</summary>
    private static ApiResponse Accepted() => new(202, ApiResponse.Json, string.Empty);

    /// <summary>
    /// The review reference rule, since the instance id is the review reference. <c>\z</c> rather than <c>$</c>, which
    /// would let a trailing newline through.
    /// </summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,63}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex InstanceIdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex EventNamePattern();
}
