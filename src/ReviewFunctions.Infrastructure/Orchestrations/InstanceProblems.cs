using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.Orchestrations;

/// <summary>
/// The instance-management API's refusals, with the status codes Durable Functions answers, as problem details that
/// say what to do. Where Durable Functions sends an empty body, a script that only reads the code loses nothing.
/// </summary>
internal static class InstanceProblems
{
    public static ApiResponse BadInstanceId() => Problems.Of(
        400,
        "The instance id is not valid",
        "An instance id is a review reference such as CR-2027-0001: letters, digits and hyphens, starting with a letter or digit, at most 64 characters.");

    public static ApiResponse BadEventName() => Problems.Of(
        400,
        "The event name is not valid",
        "An event name is letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters, such as review-changed.");

    public static ApiResponse UnknownRuntimeStatus(string name) => Problems.Of(
        400,
        "Unknown runtime status",
        $"'{Shorten(name)}' is not a runtime status. Give one or more of {RuntimeStatusFilter.KnownNames}, spelt exactly so and separated by commas.");

    public static ApiResponse BadFlag(string name) => Problems.Of(400, "The request is not valid", $"'{name}' must be true or false.");

    public static ApiResponse ReasonTooLong(int limit) => Problems.Of(400, "The reason is too long", $"A reason may be at most {limit} characters.");

    public static ApiResponse NotJsonContent() => Problems.Of(
        400,
        "The event payload must be JSON",
        "Send the event's payload with Content-Type: application/json.");

    public static ApiResponse InvalidJson(string error) => Problems.Of(
        400,
        "The event payload is not JSON",
        $"The body must be one JSON value, such as \"CR-2027-0001\" or {{}}: {error}");

    public static ApiResponse NotFound(string instanceId) => Problems.Of(
        404,
        "No such orchestration",
        $"There is no review orchestration with the instance id {instanceId}.",
        instanceId);

    public static ApiResponse Gone(ReviewOrchestration orchestration) => Problems.Of(
        410,
        "The orchestration has finished",
        $"The orchestration {orchestration.InstanceId} is {orchestration.RuntimeStatus}; it no longer takes terminations or events.",
        orchestration.InstanceId);

    public static ApiResponse NotFailed(ReviewOrchestration orchestration) => Problems.Of(
        412,
        "Only failed orchestrations can be rewound",
        $"The orchestration {orchestration.InstanceId} is {orchestration.RuntimeStatus}; only one that is Failed can be rewound.",
        orchestration.InstanceId);

    public static ApiResponse NotFinished(ReviewOrchestration orchestration) => Problems.Of(
        412,
        "Only finished orchestrations can be purged",
        $"The orchestration {orchestration.InstanceId} is {orchestration.RuntimeStatus}; terminate it first if it must go, then purge it.",
        orchestration.InstanceId);

    /// <summary>The engine's own words when it gives any; an engine may refuse without a word.</summary>
    public static ApiResponse RewindUnavailable(string instanceId, string why) => Problems.Of(
        501,
        "Rewind is not available here",
        string.IsNullOrWhiteSpace(why)
            ? $"The Durable Task engine behind this host cannot rewind orchestrations; {instanceId} is still Failed."
            : $"The Durable Task engine behind this host cannot rewind orchestrations ({why}); {instanceId} is still Failed.",
        instanceId);

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
