using Microsoft.AspNetCore.Http;

namespace ReviewFunctions.Emulators.Faults;

/// <summary>A refusal shaped as storage sends it: the error code in <c>x-ms-error-code</c> and an XML body, which every storage client reads.</summary>
internal static class StorageRefusal
{
    /// <param name="retryAfter">Seconds to wait; storage's own 503 carries none, a throttling front end's 429 does.</param>
    public static async Task WriteAsync(HttpContext context, int status, string code, int? retryAfter)
    {
        context.Response.StatusCode = status;
        context.Response.Headers["x-ms-error-code"] = code;
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/xml";
        await context.Response.WriteAsync($"<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>{code}</Code><Message>Injected by the fault proxy.</Message></Error>");
    }
}
