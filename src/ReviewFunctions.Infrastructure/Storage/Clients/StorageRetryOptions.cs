using Azure.Core;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// How the SDK retries transient failures (408, 429, 500, 502, 503, 504, timeouts, lost connections): exponential
/// back-off, but never sooner than a <c>Retry-After</c> or <c>x-ms-retry-after-ms</c> answer asks.
/// </summary>
public sealed class StorageRetryOptions
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>First back-off; it doubles on each retry, with ±20% jitter.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(800);

    /// <summary>Cap on the computed back-off. The SDK does not apply it to a wait the service asked for.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one try may take before it counts as a timeout and is retried.</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(100);

    internal void ApplyTo(RetryOptions retry)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = MaxRetries;
        retry.Delay = Delay;
        retry.MaxDelay = MaxDelay;
        retry.NetworkTimeout = NetworkTimeout;
    }
}
