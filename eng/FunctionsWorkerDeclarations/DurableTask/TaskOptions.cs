// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Abstractions/TaskOptions.cs (package Microsoft.DurableTask.Abstractions).
// Declared: FromRetryPolicy (ReviewFunctions) and Retry (read by the test double of the orchestration context).
// Left out: the public constructors, Tags, Version, FromRetryHandler, WithInstanceId.
// Holds its value instead of throwing, like TaskName: inert data the orchestrator builds (see TaskName.cs).

namespace Microsoft.DurableTask;

public record TaskOptions
{
    private TaskOptions(TaskRetryOptions? retry) => Retry = retry;

    public TaskRetryOptions? Retry { get; }

    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => new(new TaskRetryOptions(policy));
}
