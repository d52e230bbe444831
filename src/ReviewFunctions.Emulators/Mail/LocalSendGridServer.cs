using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReviewFunctions.Emulators.Mail;

/// <summary>
/// The local SendGrid endpoint on its own Kestrel server, on 127.0.0.1 and a port the OS chooses (0) or one given.
/// Loopback only: nothing off this machine can reach it.
/// </summary>
public sealed class LocalSendGridServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalSendGridServer(WebApplication app, Uri address, MailOutbox outbox)
    {
        this.app = app;
        Address = address;
        Outbox = outbox;
    }

    /// <summary>The base URL to give the client, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public MailOutbox Outbox { get; }

    public static async Task<LocalSendGridServer> StartAsync(string apiKey, TimeProvider? clock = null, int port = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port, o => o.Protocols = Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocols.Http1));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = LocalSendGridEndpoints.MaxBodyBytes + 1);
        var app = builder.Build();
        var outbox = new MailOutbox();
        app.MapLocalSendGrid(outbox, apiKey, clock ?? TimeProvider.System);
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LocalSendGridServer(app, new Uri(bound.TrimEnd('/') + "/"), outbox);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
