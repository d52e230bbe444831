using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Local.Engine;
using ReviewFunctions.Local.Tests.Dashboard;
using ReviewFunctions.Local.Tests.Engine;

namespace ReviewFunctions.Local.Tests.Hosting;

/// <summary>The Durable Functions instance-management API on the local host, over live reviews on the real engine.</summary>
[Collection(LocalAzuriteGroup.Name)]
public sealed class InstanceManagementApiTests(LocalAzurite azurite)
{
    private const string Instances = "/runtime/webhooks/durabletask/instances";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_list_shows_every_review_orchestration_with_its_summary_and_filters_by_runtime_status()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0301");
        await host.StartReviewAsync("CR-2027-0302");
        using var http = host.ClientAs("admin");

        using var all = await GetAsync(http, host, Instances);
        Assert.Equal(HttpStatusCode.OK, all.Status);
        var listed = all.Json.EnumerateArray().ToList();
        Assert.Equal(["CR-2027-0301", "CR-2027-0302"], listed.Select(i => i.GetProperty("instanceId").GetString()));
        Assert.All(listed, i => Assert.Equal("ReviewOrchestrator", i.GetProperty("name").GetString()));
        Assert.All(listed, i => Assert.Equal("Running", i.GetProperty("runtimeStatus").GetString()));
        Assert.All(listed, i => Assert.Equal("referral", Property(i.GetProperty("customStatus"), "stage").GetString()));

        Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync(new Uri(host.Address($"{Instances}/CR-2027-0302/terminate?reason=Test")), null)).StatusCode);
        await WaitForStatusAsync(http, host, "CR-2027-0302", "Terminated");

        Assert.Equal(["CR-2027-0301"], await IdsAsync(http, host, "?runtimeStatus=Running"));
        Assert.Equal(["CR-2027-0302"], await IdsAsync(http, host, "?runtimeStatus=Terminated"));
        Assert.Equal(["CR-2027-0301", "CR-2027-0302"], await IdsAsync(http, host, "?runtimeStatus=Running,Terminated"));
        Assert.Equal(["CR-2027-0301", "CR-2027-0302"], await IdsAsync(http, host, "?runtimeStatus=Running&runtimeStatus=Terminated"));
        Assert.Empty(await IdsAsync(http, host, "?runtimeStatus=Failed"));
        using var unknown = await GetAsync(http, host, Instances + "?runtimeStatus=Sleeping");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
    }

    [Fact]
    public async Task An_instance_answers_202_while_it_runs_with_the_review_summary_and_unknown_or_bad_ids_are_404_and_400()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0303");
        using var http = host.ClientAs("admin");

        using var running = await GetAsync(http, host, $"{Instances}/CR-2027-0303");

        Assert.Equal(HttpStatusCode.Accepted, running.Status);
        var status = running.Json;
        Assert.Equal("ReviewOrchestrator", status.GetProperty("name").GetString());
        Assert.Equal("CR-2027-0303", status.GetProperty("instanceId").GetString());
        Assert.Equal("Running", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal("CR-2027-0303", Property(status.GetProperty("input"), "reference").GetString());
        var summary = status.GetProperty("customStatus");
        Assert.Equal("CR-2027-0303", Property(summary, "reference").GetString());
        Assert.Equal("scr", Property(summary, "kind").GetString());
        Assert.Equal("england", Property(summary, "nation").GetString());
        Assert.Equal("referral", Property(summary, "stage").GetString());
        Assert.Equal("records-secured", Property(summary, "nextDueStep").GetString());
        Assert.Equal(0, Property(summary, "overdueCount").GetInt32());
        Assert.False(Property(summary, "finished").GetBoolean());
        Assert.True(status.GetProperty("createdTime").GetDateTimeOffset() <= status.GetProperty("lastUpdatedTime").GetDateTimeOffset());

        using var missing = await GetAsync(http, host, $"{Instances}/CR-2027-9999");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("No such orchestration", missing.Json.GetProperty("title").GetString());
        using var bad = await GetAsync(http, host, $"{Instances}/CR_2027%27%20or%20%27x");
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        using var deleteUnknown = await http.DeleteAsync(new Uri(host.Address($"{Instances}/CR-2027-9999")));
        Assert.Equal(HttpStatusCode.NotFound, deleteUnknown.StatusCode);
    }

    [Fact]
    public async Task Raising_review_changed_wakes_the_review_and_the_host_waits_until_it_sleeps_again()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0304");
        var tracker = host.App.Services.GetRequiredService<ReviewWakeTracker>();
        using var http = host.ClientAs("admin");
        using var before = await GetAsync(http, host, $"{Instances}/CR-2027-0304");
        Assert.Empty(tracker.Busy());

        using var raised = await PostAsync(http, host, $"{Instances}/CR-2027-0304/raiseEvent/review-changed", "{}");

        Assert.Equal(HttpStatusCode.Accepted, raised.StatusCode);
        Assert.Equal(["CR-2027-0304"], tracker.Busy());
        await QuietAsync(host);
        Assert.Empty(tracker.Busy());
        using var after = await GetAsync(http, host, $"{Instances}/CR-2027-0304");
        Assert.Equal("Running", after.Json.GetProperty("runtimeStatus").GetString());
        Assert.True(after.Json.GetProperty("lastUpdatedTime").GetDateTimeOffset() >= before.Json.GetProperty("lastUpdatedTime").GetDateTimeOffset());

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(http, host, $"{Instances}/CR-2027-0304/raiseEvent/review-changed", "not json")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(http, host, $"{Instances}/CR-2027-0304/raiseEvent/review%20changed", "{}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(http, host, $"{Instances}/CR-2027-9999/raiseEvent/review-changed", "{}")).StatusCode);
    }

    [Fact]
    public async Task A_terminated_orchestration_answers_200_with_its_reason_and_cannot_be_terminated_raised_or_rewound_and_purging_deletes_it()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0305");
        await host.StartReviewAsync("CR-2027-0308");
        var tracker = host.App.Services.GetRequiredService<ReviewWakeTracker>();
        Assert.Equal(2, tracker.Count);
        using var http = host.ClientAs("admin");

        using var terminated = await http.PostAsync(new Uri(host.Address($"{Instances}/CR-2027-0305/terminate?reason=Started%20by%20mistake")), null);

        Assert.Equal(HttpStatusCode.Accepted, terminated.StatusCode);
        await WaitForStatusAsync(http, host, "CR-2027-0305", "Terminated");
        using var status = await GetAsync(http, host, $"{Instances}/CR-2027-0305");

        // As the Durable extension's handler answers in Azure: a finished instance, terminated or not, is 200.
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal("Started by mistake", status.Json.GetProperty("output").GetString());
        Assert.Equal(HttpStatusCode.Gone, (await http.PostAsync(new Uri(host.Address($"{Instances}/CR-2027-0305/terminate")), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await PostAsync(http, host, $"{Instances}/CR-2027-0305/raiseEvent/review-changed", "{}")).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await http.PostAsync(new Uri(host.Address($"{Instances}/CR-2027-0305/rewind")), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync(new Uri(host.Address($"{Instances}/CR-2027-9999/terminate")), null)).StatusCode);

        // The host no longer counts it, so moving the clock never waits for a review that will not sleep again.
        Assert.Equal(1, tracker.Count);

        using var purged = await http.DeleteAsync(new Uri(host.Address($"{Instances}/CR-2027-0305")));
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.Equal("""{"instancesDeleted":1}""", await purged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(http, host, $"{Instances}/CR-2027-0305")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await http.DeleteAsync(new Uri(host.Address($"{Instances}/CR-2027-0305")))).StatusCode);
        Assert.Contains("CR-2027-0305", (await host.Api.GetAsync(host.Person("admin"), "CR-2027-0305", default)).Body, StringComparison.Ordinal);

        // A running one cannot be purged (412, as the Durable extension answers): it carries on, and the host still waits for it.
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await http.DeleteAsync(new Uri(host.Address($"{Instances}/CR-2027-0308")))).StatusCode);
        Assert.Equal(1, tracker.Count);
        Assert.Equal(HttpStatusCode.Accepted, (await GetAsync(http, host, $"{Instances}/CR-2027-0308")).Status);
    }

    [Fact]
    public async Task A_failed_orchestration_shows_why_and_rewinding_it_lets_the_review_carry_on()
    {
        FailingClock? failing = null;
        await using var host = await DashboardHost.StartAsync(azurite.Azurite, (services, clock) =>
            services.AddSingleton(new ReviewWakeTracker(failing = new FailingClock(clock))));
        await host.StartReviewAsync("CR-2027-0306");
        var tracker = host.App.Services.GetRequiredService<ReviewWakeTracker>();
        using var http = host.ClientAs("admin");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await http.PostAsync(new Uri(host.Address($"{Instances}/CR-2027-0306/rewind")), null)).StatusCode);

        failing!.Failing = true;
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(http, host, $"{Instances}/CR-2027-0306/raiseEvent/review-changed", "{}")).StatusCode);
        await WaitForStatusAsync(http, host, "CR-2027-0306", "Failed");
        failing.Failing = false;

        // Once failed, the host stops waiting for it.
        await QuietAsync(host);
        Assert.Equal(0, tracker.Count);

        using var failed = await GetAsync(http, host, $"{Instances}/CR-2027-0306");
        Assert.Equal(HttpStatusCode.OK, failed.Status);
        Assert.Equal(HttpStatusCode.InternalServerError, (await GetAsync(http, host, $"{Instances}/CR-2027-0306?returnInternalServerErrorOnFailure=true")).Status);
        Assert.Contains("LocalReviewAwake", failed.Json.GetProperty("output").GetString(), StringComparison.Ordinal);
        Assert.Equal(["CR-2027-0306"], await IdsAsync(http, host, "?runtimeStatus=Failed"));

        using var rewound = await http.PostAsync(new Uri(host.Address($"{Instances}/CR-2027-0306/rewind?reason=The%20clock%20is%20back")), null);

        // The host counts it busy from the rewind until it has retried the failed step, decided and slept again.
        Assert.Equal(HttpStatusCode.Accepted, rewound.StatusCode);
        Assert.Equal(["CR-2027-0306"], tracker.Busy());
        await QuietAsync(host);
        using var carriedOn = await GetAsync(http, host, $"{Instances}/CR-2027-0306");
        Assert.Equal(HttpStatusCode.Accepted, carriedOn.Status);

        // The engine leaves a rewound instance's stored status at Pending while it runs (durable extension #1557).
        Assert.Contains(carriedOn.Json.GetProperty("runtimeStatus").GetString(), new[] { "Pending", "Running" });
        Assert.Equal(JsonValueKind.Null, carriedOn.Json.GetProperty("output").ValueKind);
        Assert.True(carriedOn.Json.GetProperty("lastUpdatedTime").GetDateTimeOffset() >= failed.Json.GetProperty("lastUpdatedTime").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(http, host, $"{Instances}/CR-2027-0306/raiseEvent/review-changed", "{}")).StatusCode);
        await QuietAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync(new Uri(host.Address($"{Instances}/CR-2027-9999/rewind")), null)).StatusCode);
    }

    [Fact]
    public async Task A_request_from_another_sites_page_is_refused()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0307");
        using var http = host.ClientAs("admin");
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, host.Address($"{Instances}/CR-2027-0307/terminate"));
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var answer = await http.SendAsync(crossSite);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        using var status = await GetAsync(http, host, $"{Instances}/CR-2027-0307");
        Assert.Equal("Running", status.Json.GetProperty("runtimeStatus").GetString());
    }

    private static async Task QuietAsync(DashboardHost host)
    {
        using var patience = new CancellationTokenSource(Patience);
        await host.Runner.WaitUntilQuietAsync(patience.Token);
    }

    /// <summary>The summary's own field names, whichever case the engine's serialiser gave them.</summary>
    private static JsonElement Property(JsonElement json, string name) =>
        json.EnumerateObject().Single(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static async Task<List<string>> IdsAsync(HttpClient http, DashboardHost host, string query)
    {
        using var answer = await GetAsync(http, host, Instances + query);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return [.. answer.Json.EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()!)];
    }

    private static async Task<Answer> WaitForStatusAsync(HttpClient http, DashboardHost host, string instanceId, string runtimeStatus)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var answer = await GetAsync(http, host, $"{Instances}/{instanceId}");
            if (answer.Json.TryGetProperty("runtimeStatus", out var status) && status.GetString() == runtimeStatus)
            {
                return answer;
            }

            Assert.True(waited.Elapsed < Patience, $"{instanceId} is still {status} after {Patience}.");
            answer.Dispose();
            await Task.Delay(100);
        }
    }

    private static async Task<Answer> GetAsync(HttpClient http, DashboardHost host, string path)
    {
        using var response = await http.GetAsync(new Uri(host.Address(path)));
        return new Answer(response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, DashboardHost host, string path, string body) =>
        await http.PostAsync(new Uri(host.Address(path)), new StringContent(body, Encoding.UTF8, "application/json"));

    private sealed record Answer(HttpStatusCode Status, JsonDocument Document) : IDisposable
    {
        public JsonElement Json => Document.RootElement;

        public void Dispose() => Document.Dispose();
    }
}
