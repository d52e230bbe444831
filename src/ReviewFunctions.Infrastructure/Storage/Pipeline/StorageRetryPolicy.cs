using System.Runtime.ExceptionServices;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Retries transient failures with exponential back-off, honouring the service's Retry-After hints.
/// Written here rather than using Azure.Core's RetryPolicy because that policy's wait is internal and cannot be
/// replaced, so tests could not observe the waits without sleeping.
/// </summary>
internal sealed class StorageRetryPolicy(StorageRetryOptions options, TimeProvider time) : HttpPipelinePolicy
{
    private static readonly int[] TransientStatuses = [408, 429, 500, 502, 503, 504];

    // The adapters only send asynchronously; the base class still demands a synchronous path.
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        for (var attempt = 0; ; attempt++)
        {
            ExceptionDispatchInfo? failure = null;
            try
            {
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransient(ex, message.CancellationToken))
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }

            if (failure is null && !IsTransient(message.Response.Status))
            {
                return;
            }

            var delay = NextDelay(failure is null ? message.Response : null, attempt);
            if (attempt >= options.MaxRetries || delay is null)
            {
                failure?.Throw();
                return;
            }

            if (message.HasResponse)
            {
                // Frees the connection before we wait.
                message.Response.ContentStream?.Dispose();
            }

            await options.Delay(delay.Value, message.CancellationToken).ConfigureAwait(false);
        }
    }

    internal static bool IsTransient(int status) => Array.IndexOf(TransientStatuses, status) >= 0;

    private static bool IsTransient(Exception ex, CancellationToken cancellation) => ex switch
    {
        // Our own cancellation is not a fault; anything else cancelled is a timeout.
        OperationCanceledException => !cancellation.IsCancellationRequested,
        RequestFailedException { Status: 0 } => true,
        HttpRequestException or IOException => true,
        _ => false,
    };

    /// <summary>The wait before the next try, or null when the server asks for longer than we are willing to wait.</summary>
    private TimeSpan? NextDelay(Response? response, int attempt)
    {
        var hint = response is null ? null : ServerDelayHint.From(response, time);
        if (hint is not null)
        {
            return hint <= options.MaxServerDelay ? hint : null;
        }

        var exponential = options.InitialDelay.TotalMilliseconds * Math.Pow(2, attempt);
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter only spreads retries; it needs no cryptographic randomness.
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(capped * jitter);
    }
}
