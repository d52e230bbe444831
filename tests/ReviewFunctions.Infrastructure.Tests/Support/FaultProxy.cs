using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>
/// A loopback HTTP proxy in front of one Azurite service that answers the next N requests with an injected failure
/// (e.g. 503 with Retry-After) and forwards everything else untouched, so request signatures still verify.
/// </summary>
internal sealed class FaultProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Transfer-Encoding", "Keep-Alive", "Content-Length",
    };

    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly HttpClient _upstream = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    private readonly Uri _target;
    private LoopbackServer? _app;

    private FaultProxy(Uri target) => _target = target;

    public Uri Address { get; private set; } = null!;

    /// <summary>"METHOD status" for each request seen, in order, faulted or forwarded.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<FaultProxy> StartAsync(Uri target)
    {
        var proxy = new FaultProxy(target);
        proxy._app = await LoopbackServer.StartAsync(proxy.HandleAsync);
        proxy.Address = proxy._app.Address;
        return proxy;
    }

    public void FailNext(int count, int status, string errorCode, params (string Name, string Value)[] headers)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(new Fault(status, errorCode, headers));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _upstream.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (_faults.TryDequeue(out var fault))
        {
            _requests.Enqueue($"{context.Request.Method} {fault.Status}");
            context.Response.StatusCode = fault.Status;
            context.Response.Headers["x-ms-error-code"] = fault.ErrorCode;
            foreach (var (name, value) in fault.Headers)
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.WriteAsync($"<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>{fault.ErrorCode}</Code></Error>");
            return;
        }

        // The raw target keeps the path's encoding byte for byte, which the Shared Key signature covers.
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_target, rawTarget));
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        if (body.Length > 0 || context.Request.ContentLength is not null)
        {
            request.Content = new ByteArrayContent(body.ToArray());
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (HopByHop.Contains(name))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await _upstream.SendAsync(request, context.RequestAborted);
        _requests.Enqueue($"{context.Request.Method} {(int)response.StatusCode}");
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body);
    }

    private sealed record Fault(int Status, string ErrorCode, (string Name, string Value)[] Headers);
}
