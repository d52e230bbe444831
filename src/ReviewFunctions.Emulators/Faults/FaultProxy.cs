using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Emulators.Storage;

namespace ReviewFunctions.Emulators.Faults;

/// <summary>
/// A proxy on loopback in front of Azurite's blob, table and queue services (one port each) that numbers every request
/// and does to it what a <see cref="StorageFaultPlan"/> says, so the system's handling of a misbehaving storage
/// account can be tried on one machine. Without a plan it passes everything through and only counts.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly StorageForwarder forwarder = new();
    private readonly Dictionary<int, Uri> targets;
    private readonly Dictionary<int, int> serviceIndex;
    private readonly StorageFaultPlan? plan;
    private readonly ConcurrentDictionary<StorageFaultKind, int> injected = new();
    private long requests;

    private FaultProxy(IReadOnlyList<Uri> services, StorageFaultPlan? plan)
    {
        this.plan = plan;
        var ports = FreePorts.Take(services.Count);
        targets = ports.Zip(services).ToDictionary(p => p.First, p => p.Second);
        serviceIndex = ports.Select((port, i) => (port, i)).ToDictionary(p => p.port, p => p.i);
        Endpoints = [.. ports.Select(p => new Uri($"http://127.0.0.1:{p}"))];
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = null;
            foreach (var port in ports)
            {
                k.Listen(IPAddress.Loopback, port);
            }
        });
        app = builder.Build();
        app.Run(HandleAsync);
    }

    /// <summary>The proxy's address for each service, in the order given.</summary>
    public IReadOnlyList<Uri> Endpoints { get; }

    /// <summary>Requests received so far.</summary>
    public long Requests => Interlocked.Read(ref requests);

    /// <summary>Called with each request's number before anything is done to it; a test stops the caller here.</summary>
    public Action<long>? OnRequest { get; set; }

    /// <summary>When set, every request passed to storage is counted here by what it is.</summary>
    public StorageTally? Tally { get; set; }

    /// <summary>How many requests were given each fault.</summary>
    public IReadOnlyDictionary<StorageFaultKind, int> Injected => injected;

    public static async Task<FaultProxy> StartAsync(IReadOnlyList<Uri> services, StorageFaultPlan? plan)
    {
        var proxy = new FaultProxy(services, plan);
        await proxy.app.StartAsync();
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        forwarder.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref requests);
        OnRequest?.Invoke(number);
        var fault = plan?.For(number) ?? StorageFault.None;
        if (fault.Kind != StorageFaultKind.None)
        {
            injected.AddOrUpdate(fault.Kind, 1, (_, n) => n + 1);
        }

        switch (fault.Kind)
        {
            case StorageFaultKind.ServerBusy:
                await StorageRefusal.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "ServerBusy", retryAfter: null);
                return;
            case StorageFaultKind.Throttled:
                await StorageRefusal.WriteAsync(context, StatusCodes.Status429TooManyRequests, "TooManyRequests", retryAfter: 1);
                return;
            case StorageFaultKind.DroppedBeforeStorage:
                context.Abort();
                return;
            case StorageFaultKind.Slow:
                await Task.Delay(fault.Delay, context.RequestAborted);
                break;
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await forwarder.SendAsync(context, targets[context.Connection.LocalPort]);
        Tally?.Add(serviceIndex[context.Connection.LocalPort], context.Request, Stopwatch.GetElapsedTime(started));
        if (fault.Kind == StorageFaultKind.DroppedAfterStorage)
        {
            context.Abort();
            return;
        }

        await StorageForwarder.CopyAsync(response, context);
    }
}
