using Microsoft.AspNetCore.Http;

namespace ReviewFunctions.Emulators.Faults;

/// <summary>Hands a request on to storage unchanged and copies the answer back; the signature still holds because the path, query and signed headers are kept.</summary>
internal sealed class StorageForwarder : IDisposable
{
    /// <summary>Hop-by-hop headers, and those the client stack sets itself.</summary>
    private static readonly HashSet<string> NotCopied = new(StringComparer.OrdinalIgnoreCase) { "Host", "Connection", "Transfer-Encoding", "Keep-Alive", "Expect", "Upgrade" };

    private readonly HttpClient client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <returns>Storage's answer, read in full, for the proxy to pass on or to lose.</returns>
    public async Task<HttpResponseMessage> SendAsync(HttpContext context, Uri target)
    {
        var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(target, context.Request.Path + context.Request.QueryString));
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            body.Position = 0;
            request.Content = new StreamContent(body);
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (NotCopied.Contains(name))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)values);
            }
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, context.RequestAborted);
        request.Dispose();
        return response;
    }

    public static async Task CopyAsync(HttpResponseMessage response, HttpContext context)
    {
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!NotCopied.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    public void Dispose() => client.Dispose();
}
