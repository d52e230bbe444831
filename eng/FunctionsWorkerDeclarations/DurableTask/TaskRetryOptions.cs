// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Abstractions/TaskRetryOptions.cs.
// Declared: Policy (read by the test double of the orchestration context). Left out: the public constructors, Handler,
// conversions. Holds its value instead of throwing, like TaskName: inert data (see TaskName.cs).

namespace Microsoft.DurableTask;

public sealed class TaskRetryOptions
{
    internal TaskRetryOptions(RetryPolicy policy) => Policy = policy;

    public RetryPolicy? Policy { get; }
}
