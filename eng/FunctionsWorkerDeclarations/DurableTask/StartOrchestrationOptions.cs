// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Abstractions/TaskOptions.cs (record StartOrchestrationOptions,
// namespace Microsoft.DurableTask). Declared: the constructor ReviewFunctions calls. Left out: StartAt, Tags, Version.

using Microsoft.Azure.Functions.Worker;

namespace Microsoft.DurableTask;

public record StartOrchestrationOptions
{
    public StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null) => throw CompileOnly.Fail();
}
