using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Engine;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.SignIn;
using ReviewFunctions.Local.Tests.Engine;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>
/// The local host started in-process on a free loopback port, with its own tables, a virtual clock and recorded
/// commands; requests and recorded events act as one of the demonstration Board's people, named by their key.
/// </summary>
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
    /// <param name="start">When the practice clock starts; 09:00 on Monday 8 February 2027 unless a test needs otherwise.</param>
    public static async Task<DashboardHost> StartAsync(AzuriteProcess azurite, Action<IServiceCollection, VirtualClock>? configure = null, DateTimeOffset? start = null)
    {
        var prefix = "D" + Guid.NewGuid().ToString("N")[..10];
        var clock = VirtualClock.Open(start ?? Start, Path.Combine(Path.GetTempPath(), prefix + ".clock"));
        var url = new Uri($"http://127.0.0.1:{FreePorts.Take(1)[0]}");
        var app = LocalHost.Build(
            new LocalHostOptions(url, Path.GetTempPath(), true, start ?? Start),
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

    /// <summary>One of the demonstration Board's people, as the sign-in names them: "chair", "business-manager", …</summary>
    public Caller Person(string key) =>
        App.Services.GetRequiredService<BoardPeople>().Find(key)?.Caller ?? throw new ArgumentException($"The demonstration Board has nobody with the key '{key}'.", nameof(key));

    /// <summary>A client whose every request carries the <c>X-MS-CLIENT-PRINCIPAL</c> header of <paramref name="key"/>.</summary>
    public HttpClient ClientAs(string key, bool followRedirects = true)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = followRedirects });
        http.DefaultRequestHeaders.Add(ClientPrincipal.Header, ClientPrincipal.Encode(Person(key)));
        return http;
    }

    /// <summary>
    /// Starts a review as intake would once it had issued the reference, and lets its loop send what it sends at once.
    /// The API imports only references intake issued, so a test that needs no referral starts it through the service.
    /// </summary>
    public async Task StartReviewAsync(string reference, params string[] agencies)
    {
        var referral = new ReferralReceived(Start, reference, "scr", Nation.England, new DateOnly(2027, 2, 6), null, agencies.Length > 0 ? agencies : ["Police", "Children's social care"], "intake");
        var started = await App.Services.GetRequiredService<IReviewStarter>().StartAsync(referral, null, default);
        Assert.True(started.Started, started.Rejection?.Message);
        await Runner.WaitUntilQuietAsync(default);
    }

    /// <summary>Records a person's event through the API as <paramref name="key"/>, as another person on the review would.</summary>
    public async Task RecordAsync(string reference, string key, string json)
    {
        var answer = await Api.PostEventAsync(Person(key), reference, json, default);
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
