using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Infrastructure.Composition;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Storage.Emulator;
using ReviewFunctions.Local.Dashboard;
using ReviewFunctions.Local.Running;

namespace ReviewFunctions.Local.Hosting;

/// <summary>
/// The whole system on one machine: Azurite as a child process keeping its data in the data folder, the same engine,
/// service and HTTP API as the Functions app, every open review's loop in-process, on loopback only.
/// </summary>
public static class LocalHost
{
    public static async Task<int> RunAsync(LocalHostOptions options, TextWriter stdout, CancellationToken cancellationToken)
    {
        var data = Path.GetFullPath(options.DataFolder);
        Directory.CreateDirectory(data);
        stdout.WriteLine($"ReviewFunctions local host: data in {data}");
        await using var azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), Path.Combine(data, "azurite"), cancellationToken);
        stdout.WriteLine($"Azurite on {azurite.TableHost} (tables) and {azurite.BlobHost} (blobs)");

        TimeProvider clock = options.VirtualClock
            ? VirtualClock.Open(options.Start ?? new DateTimeOffset(TimeProvider.System.GetUtcNow().Date, TimeSpan.Zero), Path.Combine(data, "clock.json"))
            : TimeProvider.System;
        await using var app = Build(options, StorageConnection.FromConnectionString(azurite.ConnectionString()), clock);
        await app.StartAsync(cancellationToken);
        await app.Services.GetRequiredService<LocalReviewRunner>().ResumeAsync(app.Services.GetRequiredService<IReviewIndex>(), cancellationToken);
        stdout.WriteLine($"Listening on {options.Url} with the {(options.VirtualClock ? "virtual" : "system")} clock at {clock.GetUtcNow():O}. Press Ctrl+C to stop.");
        stdout.WriteLine($"Dashboard: open {options.Url} in a browser on this computer.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    public static WebApplication Build(LocalHostOptions options, StorageConnection storage, TimeProvider clock, StorageOptions? storageOptions = null, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Url.ToString());
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 30 * 1024 * 1024);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(c => c.SingleLine = true);
        builder.Services.AddReviewCore(storage, clock, storageOptions);
        builder.Services.AddSingleton<LocalReviewRunner>();
        builder.Services.AddSingleton<Domain.Running.IReviewScheduler>(p => p.GetRequiredService<LocalReviewRunner>());
        builder.Services.AddSingleton<ReviewApi>();
        builder.Services.Configure<KestrelServerOptions>(k => k.AddServerHeader = false);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapReviewApi();
        app.MapLocalApi();
        app.MapDashboard();
        return app;
    }
}
