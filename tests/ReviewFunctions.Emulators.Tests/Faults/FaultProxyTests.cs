using Azure.Core;
using Azure.Data.Tables;
using ReviewFunctions.Emulators.Faults;
using ReviewFunctions.Emulators.Storage;

namespace ReviewFunctions.Emulators.Tests.Faults;

/// <summary>The fault proxy in front of Azurite: transparent to the Azure SDK without a plan, and with one, failing as storage does so the SDK's retries see what Azure would send.</summary>
[Trait("Category", "FaultInjection")]
public sealed class FaultProxyTests : IAsyncLifetime
{
    private AzuriteProcess azurite = null!;

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), null, CancellationToken.None);

    public async Task DisposeAsync() => await azurite.DisposeAsync();

    [Fact]
    public async Task Without_a_plan_the_sdk_works_through_it_unchanged_and_every_request_is_counted()
    {
        await using var proxy = await FaultProxy.StartAsync([azurite.TableHost], plan: null);
        var table = Table(proxy, "passthrough", retries: 0);

        await table.CreateIfNotExistsAsync();
        await table.UpsertEntityAsync(new TableEntity("review", "1") { ["Stage"] = "referral" });
        var read = await table.GetEntityAsync<TableEntity>("review", "1");

        Assert.Equal("referral", read.Value.GetString("Stage"));
        Assert.Equal(3, proxy.Requests);
        Assert.Empty(proxy.Injected);
    }

    [Fact]
    public async Task Storms_drops_and_pauses_are_ridden_out_by_the_sdks_retries_and_nothing_written_is_lost()
    {
        var plan = new StorageFaultPlan(11);
        var rows = Enumerable.Range(1, 5000).First(n => plan.For(n).Kind is StorageFaultKind.ServerBusy or StorageFaultKind.Throttled) + 20;
        await using var proxy = await FaultProxy.StartAsync([azurite.TableHost], plan);
        var table = Table(proxy, "stormy", retries: 12);
        await table.CreateIfNotExistsAsync();

        for (var i = 0; i < rows; i++)
        {
            await table.UpsertEntityAsync(new TableEntity("review", i.ToString(System.Globalization.CultureInfo.InvariantCulture)) { ["Round"] = i });
        }

        var stored = await table.QueryAsync<TableEntity>(e => e.PartitionKey == "review").ToListAsync();
        Assert.Equal(rows, stored.Count);
        Assert.Contains(proxy.Injected, f => f.Key is StorageFaultKind.ServerBusy or StorageFaultKind.Throttled);
    }

    [Fact]
    public async Task A_throttled_request_is_answered_429_with_Retry_After_and_a_busy_one_503_with_storages_error_code()
    {
        var plan = new StorageFaultPlan(11);
        var throttled = Enumerable.Range(1, 5000).First(n => plan.For(n).Kind == StorageFaultKind.Throttled);
        var busy = Enumerable.Range(1, 5000).First(n => plan.For(n).Kind == StorageFaultKind.ServerBusy);
        await using var proxy = await FaultProxy.StartAsync([azurite.TableHost], plan);
        using var http = new HttpClient();
        var answers = new Dictionary<long, HttpResponseMessage>();
        for (var n = 1; n <= Math.Max(throttled, busy); n++)
        {
            answers[n] = await SendOrDroppedAsync(http, new Uri(proxy.Endpoints[0], AzuriteProcess.AccountName + "/Tables"));
        }

        Assert.Equal(429, (int)answers[throttled].StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), answers[throttled].Headers.RetryAfter?.Delta);
        Assert.Equal(503, (int)answers[busy].StatusCode);
        Assert.Equal("ServerBusy", Assert.Single(answers[busy].Headers.GetValues("x-ms-error-code")));
    }

    private static async Task<HttpResponseMessage> SendOrDroppedAsync(HttpClient http, Uri address)
    {
        try
        {
            return await http.GetAsync(address);
        }
        catch (HttpRequestException)
        {
            // A dropped connection: the answer is lost, as the plan says.
            return new HttpResponseMessage(System.Net.HttpStatusCode.BadGateway);
        }
    }

    private TableClient Table(FaultProxy proxy, string name, int retries)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = retries;
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(20);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return new TableClient(new Uri(proxy.Endpoints[0], AzuriteProcess.AccountName), name, new TableSharedKeyCredential(AzuriteProcess.AccountName, AzuriteProcess.AccountKey), options);
    }
}
