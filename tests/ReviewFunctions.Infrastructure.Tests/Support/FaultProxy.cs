using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>
/// A loopback HTTP proxy in front of one Azurite service that answers the next N requests with an injected failure
/// (e.g. 503 with Retry-After) and forwards everything else untouched, so request signatures still verify. It notes
/// when each request arrived, so a test can see how long the client waited between tries, and can damage a body on
/// its way through, as a faulty network would.
/// </summary>
internal sealed class FaultProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Transfer-Encoding", "Keep-Alive", "Content-Length",
    };

    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly ConcurrentQueue<ProxiedRequest> _requests = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<bool> _damages = new();
    private readonly HttpClient _upstream = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    private readonly Uri _target;
    private LoopbackServer? _app;

    private FaultProxy(Uri target) => _target = target;

    public Uri Address { get; private set; } = null!;

    /// <summary>Each request seen, in order, faulted or forwarded.</summary>
    public IReadOnlyList<ProxiedRequest> Seen => [.. _requests];

    /// <summary>"METHOD status" for each request seen, in order, faulted or forwarded.</summary>
    public IReadOnlyList<string> Requests => [.. _requests.Select(r => $"{r.Method} {r.Status}")];

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

    /// <summary>Flips a bit in the next request body forwarded, leaving its headers (Content-MD5 among them) as sent.</summary>
    public void DamageNextBody() => _damages.Enqueue(true);

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
        var arrived = _clock.Elapsed;
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var contentMd5 = context.Request.Headers["Content-MD5"].FirstOrDefault();
        if (_faults.TryDequeue(out var fault))
        {
            _requests.Enqueue(new ProxiedRequest(context.Request.Method, fault.Status, arrived, body.Length, contentMd5));
            context.Response.StatusCode = fault.Status;
            context.Response.Headers["x-ms-error-code"] = fault.ErrorCode;
            foreach (var (name, value) in fault.Headers)
            {
                context.Response.Headers[name] = value;
            }

            // Each service answers errors in its own format: Table in OData JSON (what its SDK reads), Blob in XML.
            var json = context.Request.Headers.Accept.ToString().Contains("json", StringComparison.OrdinalIgnoreCase);
            context.Response.ContentType = json ? "application/json;odata=minimalmetadata;charset=utf-8" : "application/xml";
            await context.Response.WriteAsync(json
                ? $"{{\"odata.error\":{{\"code\":\"{fault.ErrorCode}\",\"message\":{{\"lang\":\"en-US\",\"value\":\"Injected.\"}}}}}}"
                : $"<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>{fault.ErrorCode}</Code></Error>");
            return;
        }

        // The raw target keeps the path's encoding byte for byte, which the Shared Key signature covers.
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_target, rawTarget));
        if (body.Length > 0 || context.Request.ContentLength is not null)
        {
            var bytes = body.ToArray();
            if (bytes.Length > 0 && _damages.TryDequeue(out _))
            {
                bytes[^1] ^= 1;
            }

            request.Content = new ByteArrayContent(bytes);
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
        _requests.Enqueue(new ProxiedRequest(context.Request.Method, (int)response.StatusCode, arrived, body.Length, contentMd5));
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
