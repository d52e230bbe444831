// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Abstractions/RetryPolicy.cs (package Microsoft.DurableTask.Abstractions).
// Declared: the constructor ReviewFunctions calls and the properties the test double of the orchestration context reads.
// Left out: RetryTimeout, HandleAsync.

using Microsoft.Azure.Functions.Worker;

namespace Microsoft.DurableTask;

public class RetryPolicy
{
    public RetryPolicy(
        int maxNumberOfAttempts,
        TimeSpan firstRetryInterval,
        double backoffCoefficient = 1.0,
        TimeSpan? maxRetryInterval = null,
        TimeSpan? retryTimeout = null) => throw CompileOnly.Fail();

    public int MaxNumberOfAttempts => throw CompileOnly.Fail();

    public TimeSpan FirstRetryInterval => throw CompileOnly.Fail();

    public double BackoffCoefficient => throw CompileOnly.Fail();

    public TimeSpan MaxRetryInterval => throw CompileOnly.Fail();
}
