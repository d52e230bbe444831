using System.Text.Json;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.Orchestrations;

/// <summary>
/// The Durable Functions instance-management HTTP API (<c>/runtime/webhooks/durabletask/instances</c>) over the review
/// orchestrations, independent of any host, with the status fields and answer codes Durable Functions uses, so the
/// tools and scripts an administrator uses against Azure work against the local host too.
/// </summary>
public sealed class InstanceManagementApi(IReviewOrchestrations orchestrations)
{
    /// <summary>A reason is kept in the orchestration's history; this is plenty for why, and too short for a case file.</summary>
    private const int MostReasonCharacters = 500;

    /// <summary>Durable Functions answers an accepted request with no body.</summary>
    private static readonly ApiResponse Accepted = new(202, "text/plain; charset=utf-8", string.Empty);

    /// <summary><c>GET …/instances?runtimeStatus=Running,Failed</c>: every review orchestration, or those in the statuses given.</summary>
    public async Task<ApiResponse> ListAsync(IEnumerable<string> runtimeStatusValues, CancellationToken cancellationToken)
    {
        var statuses = new List<ReviewRuntimeStatus>();
        foreach (var value in runtimeStatusValues.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var name = Enum.GetNames<ReviewRuntimeStatus>().FirstOrDefault(n => n.Equals(value, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                return Problems.BadRequest($"'runtimeStatus' must be one or more of {string.Join(", ", Enum.GetNames<ReviewRuntimeStatus>())}, separated by commas.");
            }

            statuses.Add(Enum.Parse<ReviewRuntimeStatus>(name));
        }

        var found = await orchestrations.ListAsync(statuses.Count > 0 ? statuses : null, cancellationToken);
        return ApiJson.Ok(found.Select(Status));
    }

    /// <summary><c>GET …/instances/{instanceId}</c>: 200 when completed, 202 while it runs, 400 when it failed or was stopped.</summary>
    public async Task<ApiResponse> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (Refusal(instanceId) is { } refused)
        {
            return refused;
        }

        var found = await orchestrations.GetAsync(instanceId, cancellationToken);
        return found switch
        {
            null => NotFound(instanceId),
            { RuntimeStatus: ReviewRuntimeStatus.Completed } => ApiJson.Ok(Status(found)),
            _ when HasEnded(found) => ApiJson.Ok(Status(found), 400),
            _ => ApiJson.Ok(Status(found), 202),
        };
    }

    /// <summary><c>POST …/instances/{instanceId}/terminate?reason=…</c>: 202, or 410 when it has already ended.</summary>
    public async Task<ApiResponse> TerminateAsync(string instanceId, string? reason, CancellationToken cancellationToken)
    {
        var (found, refused) = await FindAsync(instanceId, reason, cancellationToken);
        if (found is null)
        {
            return refused!;
        }

        if (HasEnded(found))
        {
            return Gone(instanceId, $"The orchestration of {instanceId} has already ended ({found.RuntimeStatus}); there is nothing to terminate.");
        }

        await orchestrations.TerminateAsync(instanceId, Reason(reason, "Terminated by an administrator."), cancellationToken);
        return Accepted;
    }

    /// <summary><c>POST …/instances/{instanceId}/raiseEvent/{eventName}</c> with a JSON body: 202, or 410 when it has ended.</summary>
    public async Task<ApiResponse> RaiseEventAsync(string instanceId, string eventName, string body, CancellationToken cancellationToken)
    {
        if (!IsName(eventName, 100, "_."))
        {
            return Problems.BadRequest("An event name must be 1-100 letters, digits, '-', '_' and '.', starting with a letter or digit.", instanceId);
        }

        if (System.Text.Encoding.UTF8.GetByteCount(body) > ReviewApi.MaxBodyBytes)
        {
            return Problems.TooLarge(ReviewApi.MaxBodyBytes);
        }

        if (!IsJson(body))
        {
            return Problems.BadRequest("The body must be the event's payload as JSON, for example {} or null.", instanceId);
        }

        var (found, refused) = await FindAsync(instanceId, null, cancellationToken);
        if (found is null)
        {
            return refused!;
        }

        if (HasEnded(found))
        {
            return Gone(instanceId, $"The orchestration of {instanceId} has ended ({found.RuntimeStatus}); it can take no more events.");
        }

        await orchestrations.RaiseEventAsync(instanceId, eventName, body, cancellationToken);
        return Accepted;
    }

    /// <summary><c>POST …/instances/{instanceId}/rewind?reason=…</c>: 202 for a failed orchestration, 410 for any other.</summary>
    public async Task<ApiResponse> RewindAsync(string instanceId, string? reason, CancellationToken cancellationToken)
    {
        var (found, refused) = await FindAsync(instanceId, reason, cancellationToken);
        if (found is null)
        {
            return refused!;
        }

        if (found.RuntimeStatus != ReviewRuntimeStatus.Failed)
        {
            return Gone(instanceId, $"Only a failed orchestration can be rewound; the orchestration of {instanceId} is {found.RuntimeStatus}.");
        }

        await orchestrations.RewindAsync(instanceId, Reason(reason, "Rewound by an administrator."), cancellationToken);
        return Accepted;
    }

    /// <summary><c>DELETE …/instances/{instanceId}</c>: purges its history and status; the review's own records are untouched.</summary>
    public async Task<ApiResponse> PurgeAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (Refusal(instanceId) is { } refused)
        {
            return refused;
        }

        return await orchestrations.PurgeAsync(instanceId, cancellationToken)
            ? ApiJson.Ok(new { instancesDeleted = 1 })
            : NotFound(instanceId);
    }

    /// <summary>Ended for good: nothing more runs unless an administrator rewinds a failed one.</summary>
    private static bool HasEnded(ReviewOrchestration orchestration) => orchestration.RuntimeStatus is
        ReviewRuntimeStatus.Completed or ReviewRuntimeStatus.Failed or ReviewRuntimeStatus.Terminated or ReviewRuntimeStatus.Canceled;

    private async Task<(ReviewOrchestration? Found, ApiResponse? Refused)> FindAsync(string instanceId, string? reason, CancellationToken cancellationToken)
    {
        if (Refusal(instanceId) is { } refused)
        {
            return (null, refused);
        }

        if (reason?.Length > MostReasonCharacters)
        {
            return (null, Problems.BadRequest($"A reason may be at most {MostReasonCharacters} characters.", instanceId));
        }

        var found = await orchestrations.GetAsync(instanceId, cancellationToken);
        return found is null ? (null, NotFound(instanceId)) : (found, null);
    }

    /// <summary>Instance ids here are review references; anything else is refused before it reaches storage.</summary>
    private static ApiResponse? Refusal(string instanceId) =>
        IsName(instanceId, 64, string.Empty) ? null : Problems.BadRequest("An instance id is a review reference: 1-64 letters, digits and hyphens.");

    private static string Reason(string? reason, string otherwise) => string.IsNullOrWhiteSpace(reason) ? otherwise : reason.Trim();

    private static ApiResponse NotFound(string instanceId) =>
        Problems.Of(404, "No such orchestration", $"There is no review orchestration with the instance id {instanceId}.", instanceId);

    private static ApiResponse Gone(string instanceId, string detail) => Problems.Of(410, "The orchestration has ended", detail, instanceId);

    private static bool IsJson(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The instance status as Durable Functions writes it; the custom status, input and output are JSON as stored.</summary>
    private static object Status(ReviewOrchestration o) => new
    {
        name = o.Name,
        instanceId = o.InstanceId,
        runtimeStatus = o.RuntimeStatus.ToString(),
        input = Json(o.InputJson),
        customStatus = Json(o.CustomStatusJson),
        output = Json(o.OutputJson) ?? (o.Failure is { } failure ? JsonSerializer.SerializeToElement(failure.ErrorType.Length > 0 ? $"{failure.ErrorType}: {failure.ErrorMessage}" : failure.ErrorMessage) : null),
        createdTime = o.CreatedTime.UtcDateTime,
        lastUpdatedTime = o.LastUpdatedTime.UtcDateTime,
    };

    /// <summary>Stored JSON as JSON; text the engine stored that is not JSON (an error message) as a string.</summary>
    private static JsonElement? Json(string? stored)
    {
        if (stored is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(stored);
            return json.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(stored);
        }
    }

    /// <summary>Letters, digits, hyphens and <paramref name="others"/>, starting with a letter or digit: nothing that could climb out of a path or query.</summary>
    private static bool IsName(string value, int most, string others) =>
        value.Length >= 1 && value.Length <= most && char.IsAsciiLetterOrDigit(value[0])
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || others.Contains(c, StringComparison.Ordinal));
}
