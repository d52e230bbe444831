namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>How transient storage failures (408, 429, 500, 502, 503, 504, I/O errors, timeouts) are retried.</summary>
public sealed class StorageRetryOptions
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>First back-off when the service gives no Retry-After; doubles each retry, with ±20% jitter.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(800);

    /// <summary>Cap on the computed back-off.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest server-requested wait (Retry-After, x-ms-retry-after-ms) we honour. A longer one surfaces the error
    /// instead: retrying earlier than asked would be rude, and waiting longer would hold a function invocation hostage.
    /// </summary>
    public TimeSpan MaxServerDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Performs a wait. Replaceable so tests can record waits instead of sleeping.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = static (delay, ct) => Task.Delay(delay, ct);
}
