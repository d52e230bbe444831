// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Abstractions/TaskOptions.cs (package Microsoft.DurableTask.Abstractions).
// Declared: FromRetryPolicy (ReviewFunctions) and Retry (read by the test double of the orchestration context).
// Left out: the constructors, Tags, Version, FromRetryHandler, WithInstanceId.

using Microsoft.Azure.Functions.Worker;

namespace Microsoft.DurableTask;

public record TaskOptions
{
    private TaskOptions() => throw CompileOnly.Fail();

    public TaskRetryOptions? Retry => throw CompileOnly.Fail();

    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => throw CompileOnly.Fail();
}
