// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Client/Core/DurableTaskClient.cs (package Microsoft.DurableTask.Client).
// Declared: the three members ReviewFunctions calls. Left out: everything else, including the protected constructor,
// so offline code cannot derive a client.

using Microsoft.Azure.Functions.Worker;

namespace Microsoft.DurableTask.Client;

public abstract class DurableTaskClient
{
    private DurableTaskClient() => throw CompileOnly.Fail();

    public abstract Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName,
        object? input = null,
        StartOrchestrationOptions? options = null,
        CancellationToken cancellation = default);

    public abstract Task RaiseEventAsync(
        string instanceId,
        string eventName,
        object? eventPayload = null,
        CancellationToken cancellation = default);

    public virtual Task<OrchestrationMetadata?> GetInstanceAsync(
        string instanceId,
        bool getInputsAndOutputs = false,
        CancellationToken cancellation = default) => throw CompileOnly.Fail();
}
