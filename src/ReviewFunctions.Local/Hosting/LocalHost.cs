using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Emulators.CaseFiles;
using ReviewFunctions.Emulators.Faults;
using ReviewFunctions.Emulators.Mail;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Chronology;
using ReviewFunctions.Infrastructure.Composition;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Mail;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard;
using ReviewFunctions.Local.Dashboard.Security;
using ReviewFunctions.Local.Engine;
using ReviewFunctions.Local.Secrets;
using ReviewFunctions.Local.SignIn;
using ReviewFunctions.Reviews;

namespace ReviewFunctions.Local.Hosting;

/// <summary>
/// The whole system on one machine: Azurite as a child process keeping its data in the data folder, the same service and
/// HTTP API as the Functions app, and every review run as a Durable orchestration of the Functions app's own
/// orchestrator on the Durable Task engine, on loopback only.
/// </summary>
public static class LocalHost
{
    public static async Task<int> RunAsync(LocalHostOptions options, TextWriter stdout, CancellationToken cancellationToken)
    {
        var data = Path.GetFullPath(options.DataFolder);
        Directory.CreateDirectory(data);
        stdout.WriteLine($"ReviewFunctions local host: data in {data}");
        await using var azurite = options.Storage is null ? await AzuriteProcess.StartAsync(RepositoryRoot.Find(), Path.Combine(data, "azurite"), cancellationToken) : null;

        // Azurite answers on one thread, and the engine's queues, history and instance rows are most of what it is
        // asked; in an Azurite of their own they use the machine's second core instead of queueing ahead of the
        // Board's records, as a busy Durable Functions app keeps its task hub in a storage account of its own.
        await using var engineAzurite = options.Storage is null ? await AzuriteProcess.StartAsync(RepositoryRoot.Find(), Path.Combine(data, "azurite-engine"), cancellationToken) : null;

        // What the engine does is background work: a new review's first letters can wait some milliseconds, a person
        // posting a referral or a step should not. With both cores busy (20 referrals a second in the intake bench),
        // the engine's Azurite at normal priority held the answers' p99 at 296 ms; giving way, 150 ms.
        engineAzurite?.GiveWayWhenBusy();
        stdout.WriteLine(azurite is null ? "Storage as given by --storage" : $"Azurite on {azurite.TableHost} (tables) and {azurite.BlobHost} (blobs); the engine's on {engineAzurite!.TableHost}");

        TimeProvider clock = options.VirtualClock
            ? VirtualClock.Open(options.Start ?? new DateTimeOffset(TimeProvider.System.GetUtcNow().Date, TimeSpan.Zero), Path.Combine(data, "clock.json"))
            : TimeProvider.System;
        await using var app = Build(options, options.Storage ?? azurite!.ConnectionString(), clock, engineStorageConnectionString: engineAzurite?.ConnectionString());
        await app.StartAsync(cancellationToken);
        await app.Services.GetRequiredService<EngineReviewScheduler>().ResumeAsync(app.Services.GetRequiredService<IReviewIndex>(), options.VirtualClock, cancellationToken);
        stdout.WriteLine($"Listening on {options.Url} with the {(options.VirtualClock ? "virtual" : "system")} clock at {clock.GetUtcNow():O}. Press Ctrl+C to stop.");
        stdout.WriteLine($"Dashboard: open {options.Url} in a browser on this computer.");
        stdout.WriteLine($"WARNING: this host believes the {ClientPrincipal.Header} header from any program on this computer, as Azure believes it from App Service Authentication.");
        stdout.WriteLine("WARNING: anyone who can run a program here can act as any of the Board's people. Never expose this host beyond loopback or use it with real cases.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    /// <param name="storageConnectionString">Azurite's connection string, with its table, blob and queue endpoints.</param>
    /// <param name="engineStorageConnectionString">Where the engine keeps its task hub, when not beside the reviews.</param>
    /// <param name="engine">The engine's settings; tests sharing one Azurite give each host its own task hub.</param>
    public static WebApplication Build(LocalHostOptions options, string storageConnectionString, TimeProvider clock, LocalEngineOptions? engine = null, StorageOptions? storageOptions = null, Action<IServiceCollection>? configure = null, string? engineStorageConnectionString = null)
    {
        var storage = StorageConnection.FromConnectionString(storageConnectionString);
        var data = Path.GetFullPath(options.DataFolder);
        var settings = new LocalSettings(DuplicateKeySecretFile.Over(LocalBoard.Settings(LocalBoard.SettingsJson(options.BoardFile)), data));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Url.ToString());
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 30 * 1024 * 1024);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(c => c.SingleLine = true);

        // On the console, the frameworks' information lines (each request, each engine message, each storage call) were
        // an eighth of the host's CPU under the intake bench, and say nothing a Board needs; their warnings and errors
        // still show. Other log providers (a test's capture, Application Insights) still get every line.
        builder.Logging.AddFilter<ConsoleLoggerProvider>("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter<ConsoleLoggerProvider>("DurableTask", LogLevel.Warning);
        builder.Logging.AddFilter<ConsoleLoggerProvider>("System.Net.Http", LogLevel.Warning);
        builder.Logging.AddFilter<ConsoleLoggerProvider>("Azure", LogLevel.Warning);
        builder.Services.AddReviewCore(storage, clock, storageOptions);
        builder.Services.AddSingleton(new ReviewWakeTracker(clock));
        builder.Services.AddSingleton<ReviewActivities>();
        builder.Services.AddSingleton<EngineWork>();
        builder.Services.AddSingleton(p => new LocalEngine(
            engineStorageConnectionString ?? storageConnectionString,
            engine ?? new LocalEngineOptions(),
            p.GetRequiredService<ReviewActivities>(),
            p.GetRequiredService<ReviewWakeTracker>(),
            options.VirtualClock,
            p.GetRequiredService<ILoggerFactory>(),
            p.GetRequiredService<EngineWork>()));
        builder.Services.AddHostedService(p => p.GetRequiredService<LocalEngine>());
        builder.Services.AddSingleton<EngineReviewScheduler>();
        builder.Services.AddSingleton<Domain.Running.IReviewScheduler>(p => p.GetRequiredService<EngineReviewScheduler>());
        builder.Services.AddSingleton(p => new MorningDigestTimes(p.GetRequiredService<UkCalendar>(), NoticeServices.BoardNation(settings.Read)));
        builder.Services.AddSingleton<MorningDigestRound>();
        builder.Services.AddSingleton<ReviewTimekeeper>();
        builder.Services.AddSingleton<IReviewOrchestrations, EngineReviewOrchestrations>();
        builder.Services.AddSingleton<InstanceManagementApi>();
        builder.Services.AddSingleton<ReviewSweeper>();
        builder.Services.AddHostedService(p => new ReviewSweepLoop(p.GetRequiredService<ReviewSweeper>(), options.SweepEvery, options.VirtualClock, p.GetRequiredService<ILogger<ReviewSweepLoop>>()));
        builder.Services.AddHostedService(p => new UnstartedReferralsLoop(p.GetRequiredService<IntakePipeline>(), options.SweepEvery, p.GetRequiredService<ILogger<UnstartedReferralsLoop>>()));
        if (!options.VirtualClock)
        {
            builder.Services.AddHostedService<SystemClockDigest>();
        }

        builder.Services.AddSingleton<IIssuedReferences>(_ => NoticeServices.IssuedReferences(settings.Read, storage));
        builder.Services.AddSingleton<ReviewApi>();
        builder.Services.AddSingleton(ChronologySettings.FromSettings(settings.Read));
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(BoardPeople.Read(LocalBoard.SettingsJson(options.BoardFile)));
        builder.Services.AddSingleton<SignInGate>();
        builder.Services.AddSingleton<ICaseFileStore>(_ => new LocalCaseFileVault(new LocalCaseFileVaultOptions { Root = Path.Combine(data, "casefiles") }));
        builder.Services.AddSingleton(_ => new MailOutbox(Path.Combine(data, "outbox.jsonl")) { Plan = options.MailFaultSeed is { } seed ? new MailFaultPlan(seed) : null });
        SendGridOptions LocalSendGrid(IServiceProvider p) => new()
        {
            ApiKey = LocalHostOptions.LocalMailKey,
            From = new EmailAddress(p.GetRequiredService<NoticeSettings>().Board.Email, p.GetRequiredService<NoticeSettings>().Board.Name),
            BaseAddress = options.Url,
            SandboxMode = false,
            TimeProvider = clock,
            RequestTimeout = options.MailFaultSeed is null ? TimeSpan.FromSeconds(60) : MailFaultPlan.ClientTimeout,
            EmailActivity = true,
        };
        builder.Services.AddNotices(settings.Read, storage, p => new SendGridMailSender(new HttpClient(), LocalSendGrid(p)));
        builder.Services.AddSingleton<IReviewStarter>(p => new ReviewStarter(p.GetRequiredService<ReviewService>(), p.GetRequiredService<EngineReviewScheduler>()));
        builder.Services.AddSingleton(p => NoticeServices.Intake(p, settings.Read, storage, p.GetRequiredService<IReviewStarter>(), new MailIntakeReplies(p.GetRequiredService<IMailSender>())));
        builder.Services.AddSingleton<CaseFileCopies>();
        builder.Services.AddSingleton<IReviewCommandRunner, SecureCaseFilesRunner>();
        builder.Services.AddSingleton<IReviewCommandRunner, ReleaseCaseFilesRunner>();
        builder.Services.AddLocalHealth(storage, storageOptions, LocalSendGrid);
        builder.Services.Configure<KestrelServerOptions>(k => k.AddServerHeader = false);
        configure?.Invoke(builder.Services);
        var app = builder.Build();

        // Loopback only, and only to loopback names: a page elsewhere that rebinds its name to 127.0.0.1 gets nothing.
        app.Use(async (context, next) =>
        {
            if (RequestChecks.IsLoopbackHost(context.Request))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            await context.Response.WriteAsync("ReviewFunctions answers only to 127.0.0.1, [::1] or localhost.");
        });
        var gate = app.Services.GetRequiredService<SignInGate>();
        app.Use((context, next) => gate.InvokeAsync(context, next));
        app.MapReviewApi();
        app.MapLocalApi();
        app.MapInstanceManagement();
        app.MapLocalSendGrid(app.Services.GetRequiredService<MailOutbox>(), LocalHostOptions.LocalMailKey, clock);
        app.MapDashboard();
        return app;
    }
}
