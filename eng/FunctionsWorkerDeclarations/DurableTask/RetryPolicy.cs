// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Abstractions/RetryPolicy.cs (package Microsoft.DurableTask.Abstractions).
// Declared: the constructor ReviewFunctions calls and the properties the test double of the orchestration context reads.
// Left out: RetryTimeout, HandleAsync.
// Holds its values instead of throwing, like TaskName: inert data (see TaskName.cs). The argument checks are the real
// constructor's, so a policy the real package would refuse is refused here too.

namespace Microsoft.DurableTask;

public class RetryPolicy
{
    public RetryPolicy(
        int maxNumberOfAttempts,
        TimeSpan firstRetryInterval,
        double backoffCoefficient = 1.0,
        TimeSpan? maxRetryInterval = null,
        TimeSpan? retryTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxNumberOfAttempts);
        if (firstRetryInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(firstRetryInterval), firstRetryInterval, "The value must be greater than zero.");
        }

        if (backoffCoefficient < 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(backoffCoefficient), backoffCoefficient, "The value must be greater than or equal to 1.0.");
        }

        if (maxRetryInterval is { } max && max != Timeout.InfiniteTimeSpan && max < firstRetryInterval)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRetryInterval), maxRetryInterval, "The value must be greater than or equal to the first retry interval.");
        }

        // Accepted for the real signature; nothing in this project reads a retry timeout.
        _ = retryTimeout;
        MaxNumberOfAttempts = maxNumberOfAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = maxRetryInterval ?? TimeSpan.FromHours(1);
    }

    public int MaxNumberOfAttempts { get; }

    public TimeSpan FirstRetryInterval { get; }

    public double BackoffCoefficient { get; }

    public TimeSpan MaxRetryInterval { get; }
}
