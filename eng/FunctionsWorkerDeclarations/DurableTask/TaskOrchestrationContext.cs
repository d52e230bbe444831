// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Abstractions/TaskOrchestrationContext.cs
// (package Microsoft.DurableTask.Abstractions), commit 02716a78ae05698d562300c9be77fdd8355f2b2b.
// Declared: every abstract member, because test doubles must derive from the real shape and override them all;
// of the virtual and non-virtual members, only what ReviewFunctions uses (none).
// Left out: CallActivityAsync (non-generic), CreateTimer(TimeSpan, ...), WaitForExternalEvent<T>(string, TimeSpan),
// CallSubOrchestratorAsync (non-generic), CreateReplaySafeLogger.

namespace Microsoft.DurableTask;

public abstract class TaskOrchestrationContext
{
    public abstract TaskName Name { get; }

    public abstract string InstanceId { get; }

    public abstract ParentOrchestrationInstance? Parent { get; }

    public abstract DateTime CurrentUtcDateTime { get; }

    public abstract bool IsReplaying { get; }

    public abstract T? GetInput<T>();

    public abstract Task<T> CallActivityAsync<T>(TaskName name, object? input = null, TaskOptions? options = null);

    [Obsolete("This method is not yet fully implemented")]
    public abstract Task<T> CallActivityAsync<T>(Func<object?, T> activityLambda, object? input = null, TaskOptions? options = null);

    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    public abstract void SendEvent(string instanceId, string eventName, object payload);

    public abstract void SetCustomStatus(object? customStatus);

    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(
        TaskName orchestratorName,
        string? instanceId = null,
        object? input = null,
        TaskOptions? options = null);

    public abstract void ContinueAsNew(object newInput, bool preserveUnprocessedEvents = true);

    public abstract Guid NewGuid();
}
