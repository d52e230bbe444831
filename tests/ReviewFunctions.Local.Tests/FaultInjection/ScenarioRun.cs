using System.Globalization;
using System.Net;
using System.Text.Json;
using ReviewFunctions.Emulators.Faults;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Local.Driving;

namespace ReviewFunctions.Local.Tests.FaultInjection;

/// <summary>
/// One run of the scenario on the local host as a separate process, over an Azurite of its own behind the fault proxy.
/// With a seed, storage and mail fail as that seed's plans say and the host is killed (SIGKILL) at the kill plan's
/// points, then started again on the same data folder; each step a caller takes is repeated until the host answers it.
/// </summary>
internal sealed class ScenarioRun : IAsyncDisposable
{
    public const string Reference = "CR-2027-0001";
    private const string Start = "2027-02-08T10:45:00Z";

    /// <summary>Storms can outlast the sender's and the SDK's retries; a caller gives up after this many tries.</summary>
    private const int MostTries = 30;

    private readonly DirectoryInfo data;
    private readonly AzuriteProcess azurite;
    private readonly FaultProxy proxy;
    private readonly KillPlan? kills;
    private readonly string[] hostOptions;
    private readonly int port = LocalHostProcess.FreePort();
    private readonly List<PersonAnswer> answers = [];
    private readonly List<string> warnings = [];
    private LocalHostProcess? host;
    private long killAt = long.MaxValue;
    private bool armed;
    private int killed;

    private ScenarioRun(DirectoryInfo data, AzuriteProcess azurite, FaultProxy proxy, KillPlan? kills, string[] hostOptions)
    {
        this.data = data;
        this.azurite = azurite;
        this.proxy = proxy;
        this.kills = kills;
        this.hostOptions = hostOptions;
        proxy.OnRequest = KillIfDue;
    }

    public int Kills => Volatile.Read(ref killed);

    public long StorageRequests => proxy.Requests;

    public int StorageFaults => proxy.Injected.Values.Sum();

    /// <summary>The warnings and errors every life of the host logged (they name no one: the product's logs carry no personal data).</summary>
    public IReadOnlyList<string> Warnings => [.. warnings, .. Logged(host)];

    /// <param name="seed">Null for the baseline: no faults and no kills.</param>
    public static async Task<ScenarioRun> StartAsync(int? seed, int kills)
    {
        var data = Directory.CreateTempSubdirectory("rf-faults-");
        var azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), Path.Combine(data.FullName, "azurite"), CancellationToken.None);
        var proxy = await FaultProxy.StartAsync([azurite.BlobHost, azurite.TableHost, azurite.QueueHost], seed is { } s ? new StorageFaultPlan(s) : null);
        var account = AzuriteProcess.AccountName;
        var storage = $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={AzuriteProcess.AccountKey};" +
            $"BlobEndpoint={proxy.Endpoints[0]}{account};TableEndpoint={proxy.Endpoints[1]}{account};QueueEndpoint={proxy.Endpoints[2]}{account};";
        string[] options = seed is { } mailSeed
            ? ["--storage", storage, "--mail-faults", mailSeed.ToString(CultureInfo.InvariantCulture)]
            : ["--storage", storage];
        return new ScenarioRun(data, azurite, proxy, seed is { } killSeed ? new KillPlan(killSeed, kills) : null, options);
    }

    /// <summary>From here on the kill plan applies (the referral is in: intake's own retries are another suite's).</summary>
    public void Arm()
    {
        armed = true;
        ScheduleKill();
    }

    /// <summary>No more kills: the figures are read from a host left alone to finish.</summary>
    public void Disarm()
    {
        armed = false;
        Interlocked.Exchange(ref killAt, long.MaxValue);
    }

    /// <summary>Moves the virtual clock to <paramref name="instant"/>, again after any kill, until the host says it is there.</summary>
    public async Task AdvanceAsync(string instant) =>
        (await SendAsync(h => h.PostAsync("api/clock/advance", $$"""{"to":"{{instant}}"}""", "business-manager"))).EnsureSuccessStatusCode();

    /// <summary>A person's event, sent until answered; an event the host answered 2xx to must be in the history.</summary>
    public async Task<HttpStatusCode> RecordAsync(string json, string person)
    {
        using var answer = await SendAsync(h => h.PostAsync($"api/reviews/{Reference}/events", json, person));
        answers.Add(new PersonAnswer(RunRecord.EventKey(JsonDocument.Parse(json).RootElement), (int)answer.StatusCode));
        return answer.StatusCode;
    }

    public async Task<HttpResponseMessage> SendAsync(Func<LocalHostProcess, Task<HttpResponseMessage>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await RunningHostAsync();
            try
            {
                var answer = await call(current);
                if ((int)answer.StatusCode < 500 || attempt == MostTries)
                {
                    return answer;
                }

                answer.Dispose();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && attempt < MostTries)
            {
                // The host was killed under the call; it is started again below.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    public async Task<JsonElement> ReadAsync(string path, string person)
    {
        using var answer = await SendAsync(h => h.GetAsync(path, person));
        answer.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The review's history, outbox and orchestration as they stand.</summary>
    public async Task<RunRecord> RecordAsync()
    {
        var history = await ReadAsync($"api/reviews/{Reference}/history", "business-manager");
        var outbox = await ReadAsync("api/outbox", "business-manager");
        var review = await ReadAsync($"api/reviews/{Reference}", "business-manager");
        var instance = await ReadAsync($"runtime/webhooks/durabletask/instances/{Reference}", "admin");
        var status = instance.GetProperty("runtimeStatus").GetString() ?? "unknown";
        var finished = review.GetProperty("stage").GetString() is "closed" or "completed";
        return new RunRecord(
            [.. history.GetProperty("events").EnumerateArray().Select(e => RunRecord.EventKey(e.GetProperty("event")))],
            [.. answers],
            [.. outbox.EnumerateArray().Select(RunRecord.MailKey)],
            !finished && status is not ("Running" or "Pending"),
            status);
    }

    public async ValueTask DisposeAsync()
    {
        Disarm();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        await proxy.DisposeAsync();
        await azurite.DisposeAsync();
        data.Delete(recursive: true);
    }

    private async Task<LocalHostProcess> RunningHostAsync()
    {
        while (host is null || host.HasExited)
        {
            if (host is not null)
            {
                warnings.AddRange(Logged(host));
                await host.DisposeAsync();
            }

            host = LocalHostProcess.Launch(data.FullName, port, Start, hostOptions);
            if (armed)
            {
                ScheduleKill();
            }

            try
            {
                await host.WaitUntilHealthyAsync();
            }
            catch (InvalidOperationException)
            {
                // Killed while starting: the loop starts it again.
            }
        }

        return host;
    }

    private static IEnumerable<string> Logged(LocalHostProcess? life) =>
        life?.Output.Where(l => l.StartsWith("warn:", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)) ?? [];

    private void ScheduleKill() =>
        Interlocked.Exchange(ref killAt, kills?.Next() is { } after ? proxy.Requests + after : long.MaxValue);

    private void KillIfDue(long request)
    {
        if (request >= Interlocked.Read(ref killAt))
        {
            Interlocked.Exchange(ref killAt, long.MaxValue);
            host?.KillAbruptly();
            Interlocked.Increment(ref killed);
        }
    }
}
