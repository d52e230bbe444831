using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Engine;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.Tests.Engine;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>The local host started in-process on a free loopback port, with its own tables, a virtual clock and recorded commands.</summary>
public sealed partial class DashboardHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2027, 2, 8, 9, 0, 0, TimeSpan.Zero);

    private DashboardHost(WebApplication app, Uri url)
    {
        App = app;
        Url = url;
    }

    public WebApplication App { get; }

    public Uri Url { get; }

    public ReviewApi Api => App.Services.GetRequiredService<ReviewApi>();

    public ReviewTimekeeper Runner => App.Services.GetRequiredService<ReviewTimekeeper>();

    public IReviewDocumentStore Documents => App.Services.GetRequiredService<IReviewDocumentStore>();

    /// <param name="configure">Further services, given the host's clock: a test's stand-in for one of the host's own.</param>
    public static async Task<DashboardHost> StartAsync(AzuriteProcess azurite, Action<IServiceCollection, VirtualClock>? configure = null)
    {
        var prefix = "D" + Guid.NewGuid().ToString("N")[..10];
        var clock = VirtualClock.Open(Start, Path.Combine(Path.GetTempPath(), prefix + ".clock"));
        var url = new Uri($"http://127.0.0.1:{FreePorts.Take(1)[0]}");
        var app = LocalHost.Build(
            new LocalHostOptions(url, Path.GetTempPath(), true, Start),
            azurite.ConnectionString(),
            clock,
            new LocalEngineOptions { TaskHubName = prefix },
            new StorageOptions
            {
                EventsTable = prefix + "Events",
                IndexTable = prefix + "Index",
                DocumentsContainer = prefix.ToLowerInvariant() + "-docs",
            },
            services =>
            {
                services.AddSingleton<IReviewCommandRunner>(_ => new RecordingRunner(clock));
                configure?.Invoke(services, clock);
            });
        await app.StartAsync();
        return new DashboardHost(app, url);
    }

    public string Address(string path) => new Uri(Url, path).ToString();

    /// <summary>Starts a review as intake would, and lets its loop send what it sends at once.</summary>
    public async Task StartReviewAsync(string reference)
    {
        var answer = await Api.StartAsync($$"""
            {"reference":"{{reference}}","kind":"scr","nation":"england","receivedAt":"2027-02-08T09:00:00Z","incidentDate":"2027-02-06","agencies":["Police","Children's social care"],"by":"intake"}
            """, default);
        Assert.Equal(202, answer.Status);
        await Runner.WaitUntilQuietAsync(default);
    }

    /// <summary>Records a person's event through the API, as another person on the review would.</summary>
    public async Task RecordAsync(string reference, string json)
    {
        var answer = await Api.PostEventAsync(reference, json, default);
        Assert.True(answer.Status == 202, answer.Body);
        await Runner.WaitUntilQuietAsync(default);
    }

    /// <summary>The form token a page carries, as a browser would send it back.</summary>
    public async Task<string> FormTokenAsync(HttpClient http, string path) =>
        TokenField().Match(await http.GetStringAsync(new Uri(Address(path)))).Groups["token"].Value;

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    [GeneratedRegex("""name="form-token" value="(?<token>[^"]+)">""")]
    private static partial Regex TokenField();
}
