// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Abstractions/TaskRetryOptions.cs.
// Declared: Policy (read by the test double of the orchestration context). Left out: constructors, Handler, conversions.

using Microsoft.Azure.Functions.Worker;

namespace Microsoft.DurableTask;

public sealed class TaskRetryOptions
{
    private TaskRetryOptions() => throw CompileOnly.Fail();

    public RetryPolicy? Policy => throw CompileOnly.Fail();
}
