using System.Net.Sockets;
using Azure;
using Azure.Identity;

namespace ReviewFunctions.Infrastructure.Health;

/// <summary>The fixed reason for an exception a check threw, from its type and status code only, never its message.</summary>
internal static class FailureReasons
{
    public static HealthReason For(Exception exception)
    {
        // Clients wrap the failure that matters (a refused connection inside an RPC error, say), so the first cause
        // we recognise anywhere in the chain decides.
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            var reason = cause switch
            {
                AuthenticationFailedException => HealthReason.TokenNotIssued,
                RequestFailedException { Status: 0 } => null,
                RequestFailedException failed => HealthReason.Answered(failed.Status),
                HttpRequestException { StatusCode: { } status } => HealthReason.Answered((int)status),
                HttpRequestException or SocketException => HealthReason.Unreachable,
                TimeoutException => HealthReason.TimedOut,
                _ => null,
            };
            if (reason is not null)
            {
                return reason;
            }
        }

        return exception is RequestFailedException ? HealthReason.Unreachable : HealthReason.Unavailable;
    }
}
