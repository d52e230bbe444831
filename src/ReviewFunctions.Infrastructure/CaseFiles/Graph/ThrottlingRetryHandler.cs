using System.Net;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// Retries throttled and briefly unavailable requests, waiting exactly as long as Retry-After asks. Used in place of
/// Kiota's RetryHandler, whose waits cannot be observed or shortened, and in front of SharePoint REST, which the
/// Graph SDK does not cover.
/// </summary>
internal sealed class ThrottlingRetryHandler(CaseFileRetryOptions options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Content streams are read once; keep the bytes so every attempt sends the same body.
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var contentHeaders = request.Content?.Headers.ToList();

        for (var attempt = 0; ; attempt++)
        {
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                foreach (var (name, values) in contentHeaders!)
                {
                    request.Content.Headers.TryAddWithoutValidation(name, values);
                }
            }

            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!IsTransient(response.StatusCode) || attempt >= options.MaxRetries)
            {
                return response;
            }

            var wait = WaitBefore(response, attempt);
            if (wait is null)
            {
                return response;
            }

            response.Dispose();
            await options.Delay(wait.Value, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The server's Retry-After if given (null when it asks for longer than we will hold on), else exponential back-off.</summary>
    private TimeSpan? WaitBefore(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        TimeSpan? asked = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        if (asked is { } server)
        {
            server = server < TimeSpan.Zero ? TimeSpan.Zero : server;
            return server > options.MaxServerDelay ? null : server;
        }

        var backOff = options.InitialDelay * Math.Pow(2, attempt);
        return backOff > options.MaxDelay ? options.MaxDelay : backOff;
    }
}
