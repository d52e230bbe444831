using System.Globalization;
using System.Net.Http.Headers;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// How long to wait before trying again: what the service asks for (<c>Retry-After</c> in seconds or as a date, else
/// <c>X-RateLimit-Reset</c> as epoch seconds), otherwise an exponential back-off from the first wait. No jitter: one
/// Board sends a handful of messages a day, so there is no crowd of clients to spread out.
/// </summary>
internal static class SendGridRetryWait
{
    public static TimeSpan For(HttpResponseHeaders headers, int attempt, SendGridOptions options)
    {
        var now = options.TimeProvider.GetUtcNow();
        if (headers.RetryAfter is { } retryAfter)
        {
            var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - now : TimeSpan.Zero);
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        if (headers.TryGetValues("X-RateLimit-Reset", out var resets)
            && long.TryParse(resets.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch))
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(epoch) - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return Backoff(attempt, options);
    }

    public static TimeSpan Backoff(int attempt, SendGridOptions options) =>
        TimeSpan.FromTicks(options.InitialBackoff.Ticks << Math.Min(attempt - 1, 20));
}
