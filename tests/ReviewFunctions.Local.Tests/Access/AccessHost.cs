using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Local.Engine;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Tests.Access;

/// <summary>
/// The local host as <c>run --clock virtual</c> builds it, over an Azurite of its own (intake's register and the
/// notice ledger have fixed table names, so a shared one would mix other tests' reviews into what these tests count
/// and list), on a free loopback port with its real sign-in gate, mail endpoint and case-file vault. Requests go
/// over HTTP as a client on this computer sends them, signed in with <c>X-MS-CLIENT-PRINCIPAL</c>.
/// </summary>
public sealed class AccessHost : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>A Monday morning: the reviews' first letters go on a working day.</summary>
    public static readonly DateTimeOffset Start = new(2027, 2, 8, 10, 45, 0, TimeSpan.Zero);

    /// <summary>Generous: on two shared cores, with other test hosts running, a review can take seconds to settle.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly LogLevel _capture;
    private readonly bool _realLetters;
    private AzuriteProcess? _azurite;
    private WebApplication? _app;
    private DirectoryInfo? _data;
    private HttpClient? _http;

    /// <summary>
    /// For xunit's class fixtures: reviews started without a referral form, whose letters the host could not write,
    /// so their letters are reported sent unwritten; only warnings and errors are kept from the logs.
    /// </summary>
    public AccessHost()
        : this(LogLevel.Warning, realLetters: false)
    {
    }

    private AccessHost(LogLevel capture, bool realLetters)
    {
        _capture = capture;
        _realLetters = realLetters;
    }

    public WebApplication App => _app ?? throw new InvalidOperationException("The host has not started.");

    public IServiceProvider Services => App.Services;

    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("The host has not started.");

    public Uri Url { get; private set; } = null!;

    /// <summary>Where the host keeps its case files and outbox.</summary>
    public string DataFolder => _data?.FullName ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>Every line the host logged at the level it keeps: all of them from <see cref="StartCapturingAsync"/>.</summary>
    public ConcurrentQueue<CapturedLog> Logs { get; } = new();

    public ReviewApi Api => Services.GetRequiredService<ReviewApi>();

    public ReviewService Reviews => Services.GetRequiredService<ReviewService>();

    public ReviewTimekeeper Time => Services.GetRequiredService<ReviewTimekeeper>();

    /// <summary>A host that writes and sends every letter and keeps every log line from <paramref name="level"/> up.</summary>
    public static async Task<AccessHost> StartCapturingAsync(LogLevel level)
    {
        var host = new AccessHost(level, realLetters: true);
        await host.InitializeAsync();
        return host;
    }

    public async Task InitializeAsync()
    {
        _data = Directory.CreateTempSubdirectory("rf-access-");
        _azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), null, CancellationToken.None);
        Url = new Uri($"http://127.0.0.1:{FreePorts.Take(1)[0]}");
        _app = LocalHost.Build(
            new LocalHostOptions(Url, _data.FullName, VirtualClock: true, Start),
            _azurite.ConnectionString(),
            VirtualClock.Open(Start, Path.Combine(_data.FullName, "clock.json")),
            configure: services =>
            {
                services.AddLogging(logging =>
                {
                    // The console would drown the test output; the test reads what it needs from the capture.
                    logging.ClearProviders();
                    logging.SetMinimumLevel(_capture);
                    logging.AddProvider(new CapturingLoggerProvider(Logs));
                });
                if (!_realLetters)
                {
                    services.AddSingleton<IReviewCommandRunner>(p => new UnwrittenLetters(p.GetRequiredService<TimeProvider>()));
                }
            });
        await _app.StartAsync();

        // No cookies: each request is signed in only by the principal the test gives it, never by an earlier answer.
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Url, Timeout = Patience };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        try
        {
            _data?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file the host had not quite let go of; it is in the temp folder.
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    /// <summary>One of the demonstration Board's people, as the sign-in picker offers them.</summary>
    public Caller Person(string key) =>
        Services.GetRequiredService<BoardPeople>().Find(key)?.Caller ?? throw new InvalidOperationException($"The demonstration Board has no person '{key}'.");

    /// <summary>Sends a request as <paramref name="caller"/> (nobody when null); the body goes as JSON unless another type is given.</summary>
    public async Task<Answer> SendAsync(HttpMethod method, string path, Caller? caller, string? body = null, string contentType = "application/json", Action<HttpRequestMessage>? tweak = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (caller is not null)
        {
            request.Headers.Add(ClientPrincipal.Header, ClientPrincipal.Encode(caller));
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        tweak?.Invoke(request);
        using var response = await _http!.SendAsync(request);
        return new Answer(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            await response.Content.ReadAsStringAsync(),
            response.Headers.Location?.OriginalString);
    }

    public Task<Answer> GetAsync(string path, Caller? caller) => SendAsync(HttpMethod.Get, path, caller);

    public Task<Answer> PostJsonAsync(string path, Caller? caller, string json) => SendAsync(HttpMethod.Post, path, caller, json);

    /// <summary>Starts a review as intake would once it has issued the reference, and lets its first round of letters go.</summary>
    public async Task StartReviewAsync(string reference)
    {
        var referral = new ReferralReceived(Time.Now, reference, "scr", Nation.England, new DateOnly(2027, 2, 5), null, ["Westbridge Police", "Westbridge Children's Services"], "intake");
        var started = await Services.GetRequiredService<IReviewStarter>().StartAsync(referral, null, CancellationToken.None);
        Assert.True(started.Started, $"{reference} did not start: {started.Rejection?.Message}");
        await QuietAsync();
    }

    /// <summary>
    /// Puts a person on a review in a role, as the Board does: the business manager for an address inside the
    /// partnership, Board.Admin with a recorded reason for one outside it (every address, while the Board names no
    /// partnership domains).
    /// </summary>
    public async Task AddMemberAsync(string reference, string email, string role)
    {
        var inside = Services.GetRequiredService<PartnershipDomains>().Includes(email);
        var body = inside
            ? $$"""{"type":"member-added","email":"{{email}}","role":"{{role}}"}"""
            : $$"""{"type":"member-added","email":"{{email}}","role":"{{role}}","justification":"The review needs them; agreed by the Board."}""";
        await RecordAsync(inside ? Person("business-manager") : Person("admin"), reference, body);
    }

    /// <summary>Records through the review API as <paramref name="caller"/> and lets the review act on it.</summary>
    public async Task RecordAsync(Caller caller, string reference, string json)
    {
        var answer = await Api.PostEventAsync(caller, reference, json, CancellationToken.None);
        Assert.True(answer.Status == 202, $"{json} as {caller.Identity} was answered {answer.Status}: {answer.Body}");
        await QuietAsync();
    }

    public async Task<LoadedReview?> LoadAsync(string reference) => await Reviews.LoadHistoryAsync(reference, CancellationToken.None);

    /// <summary>How many events the review's history holds: what a refused request must leave unchanged.</summary>
    public async Task<int> HistoryCountAsync(string reference) =>
        (await LoadAsync(reference) ?? throw new InvalidOperationException($"There is no review {reference}.")).History.Count;

    public async Task QuietAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await Time.WaitUntilQuietAsync(patience.Token);
        }
        catch (OperationCanceledException) when (patience.IsCancellationRequested)
        {
            throw new TimeoutException($"The reviews were still busy after {Patience}. The host's last warnings:\n" + string.Join("\n", Problems().TakeLast(10)));
        }
    }

    /// <summary>What the host warned about or failed at, for a test's failure message.</summary>
    public IEnumerable<string> Problems() =>
        Logs.Where(l => l.Level >= LogLevel.Warning).Select(l => $"{l.Level} {l.Category}: {(l.Text.Length > 600 ? l.Text[..600] + "…" : l.Text)}");

    public async Task AdvanceAsync(DateTimeOffset to)
    {
        using var patience = new CancellationTokenSource(Patience);
        await Time.AdvanceAsync(to, patience.Token);
    }

    /// <summary>An HTTP answer, read in full.</summary>
    public sealed record Answer(HttpStatusCode Status, string? MediaType, string Body, string? Location)
    {
        public int Code => (int)Status;

        /// <summary>The problem's <c>detail</c>, or the whole body when it is not problem JSON.</summary>
        public string Detail
        {
            get
            {
                try
                {
                    using var json = System.Text.Json.JsonDocument.Parse(Body);
                    return json.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? string.Empty : Body;
                }
                catch (System.Text.Json.JsonException)
                {
                    return Body;
                }
            }
        }

        public override string ToString() => $"{Code} {MediaType}: {(Body.Length > 400 ? Body[..400] + "…" : Body)}";
    }

    /// <summary>
    /// Reports each letter sent without writing it: a review started without intake has no particulars to write one
    /// from, and the engine would retry it for minutes of real time while the tests wait.
    /// </summary>
    private sealed class UnwrittenLetters(TimeProvider clock) : IReviewCommandRunner
    {
        public bool Runs(ReviewCommand command) => command is SendNotice;

        public Task<CommandOutcome> RunAsync(ReviewCommand command, CancellationToken cancellationToken)
        {
            var notice = (SendNotice)command;
            return Task.FromResult(new CommandOutcome([new NoticeSent(clock.GetUtcNow(), notice.Notice, notice.Step, notice.Occurrence, "unwritten")]));
        }
    }

    /// <summary>One log line as the host wrote it: where from, how severe, and its words with any exception.</summary>
    public sealed record CapturedLog(string Category, LogLevel Level, string Text);

    /// <summary>Keeps every line every logger writes, with its exception, in the order written.</summary>
    private sealed class CapturingLoggerProvider(ConcurrentQueue<CapturedLog> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<CapturedLog> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // The structured values as well as the sentence: a value left out of the message still reaches a log store.
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? string.Join(" ", pairs.Where(p => p.Key != "{OriginalFormat}").Select(p => $"{p.Key}={p.Value}"))
                    : string.Empty;
                lines.Enqueue(new CapturedLog(category, logLevel, $"{formatter(state, exception)} {values} {exception}"));
            }
        }
    }
}
