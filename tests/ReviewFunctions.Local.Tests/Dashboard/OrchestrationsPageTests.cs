using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Local.Engine;
using ReviewFunctions.Local.Tests.Engine;
using ReviewFunctions.Local.Tests.Hosting;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>The orchestrations page's forms over plain HTTP: what it refuses, and rewinding a failed orchestration.</summary>
[Collection(LocalAzuriteGroup.Name)]
public sealed class OrchestrationsPageTests(LocalAzurite azurite)
{
    [Fact]
    public async Task A_terminate_without_this_hosts_token_is_refused_and_the_orchestration_keeps_running()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0501");
        using var http = host.ClientAs("admin", followRedirects: false);
        var reason = new Dictionary<string, string> { ["reason"] = "Forged." };

        using var ask = await http.PostAsync(new Uri(host.Address("/orchestrations/CR-2027-0501/terminate")), new FormUrlEncodedContent(reason));
        using var noToken = await http.PostAsync(new Uri(host.Address("/orchestrations/CR-2027-0501/terminate/confirmed")), new FormUrlEncodedContent(reason));
        using var wrongToken = await http.PostAsync(new Uri(host.Address("/orchestrations/CR-2027-0501/terminate/confirmed")), new FormUrlEncodedContent(reason.Append(new("form-token", "guessed"))));
        var token = await host.FormTokenAsync(http, "/orchestrations");
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, host.Address("/orchestrations/CR-2027-0501/terminate/confirmed"))
        {
            Content = new FormUrlEncodedContent(reason.Append(new("form-token", token))),
        };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var fromElsewhere = await http.SendAsync(crossSite);

        Assert.Equal(HttpStatusCode.BadRequest, ask.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("The form has expired", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, fromElsewhere.StatusCode);
        await Task.Delay(500);
        Assert.Equal(ReviewRuntimeStatus.Running, (await OrchestrationAsync(host, "CR-2027-0501"))?.RuntimeStatus);
    }

    [Fact]
    public async Task A_failed_orchestration_shows_why_and_is_rewound_through_the_confirmation()
    {
        FailingClock? failing = null;
        await using var host = await DashboardHost.StartAsync(azurite.Azurite, (services, clock) =>
            services.AddSingleton(new ReviewWakeTracker(failing = new FailingClock(clock))));
        await host.StartReviewAsync("CR-2027-0502");
        await host.StartReviewAsync("CR-2027-0503");
        using var http = host.ClientAs("admin", followRedirects: false);
        var token = await host.FormTokenAsync(http, "/orchestrations");
        using var notFailed = await http.PostAsync(new Uri(host.Address("/orchestrations/CR-2027-0502/rewind")), Form(token));
        Assert.Equal(HttpStatusCode.Conflict, notFailed.StatusCode);
        Assert.Contains("Only a failed orchestration can be rewound.", await notFailed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        failing!.Failing = true;
        await host.App.Services.GetRequiredService<IReviewOrchestrations>().RaiseEventAsync("CR-2027-0502", "review-changed", null, default);
        await UntilAsync(async () => (await OrchestrationAsync(host, "CR-2027-0502"))?.RuntimeStatus == ReviewRuntimeStatus.Failed);
        failing.Failing = false;

        var failed = await http.GetStringAsync(new Uri(host.Address("/orchestrations?status=Failed")));
        Assert.Contains("CR-2027-0502", failed, StringComparison.Ordinal);
        Assert.DoesNotContain("CR-2027-0503", failed, StringComparison.Ordinal);
        Assert.Contains("The host&#39;s clock could not be read.", failed, StringComparison.Ordinal);
        Assert.Contains("Rewind<span class=\"visually-hidden\"> the orchestration of CR-2027-0502</span>", failed, StringComparison.Ordinal);
        Assert.DoesNotContain("Terminate<span", failed, StringComparison.Ordinal);
        var running = await http.GetStringAsync(new Uri(host.Address("/orchestrations?status=Running")));
        Assert.Contains("Terminate<span class=\"visually-hidden\"> the orchestration of CR-2027-0503</span>", running, StringComparison.Ordinal);
        Assert.DoesNotContain("Rewind<span", running, StringComparison.Ordinal);

        using var confirmation = await http.PostAsync(new Uri(host.Address("/orchestrations/CR-2027-0502/rewind")), Form(token));
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Contains("Are you sure you want to rewind the orchestration of <span class=\"nowrap\">CR-2027-0502</span>?", await confirmation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var rewound = await http.PostAsync(new Uri(host.Address("/orchestrations/CR-2027-0502/rewind/confirmed")), Form(token, ("reason", "The clock is back.")));

        Assert.Equal(HttpStatusCode.SeeOther, rewound.StatusCode);
        Assert.Equal("/orchestrations?done=rewind&reference=CR-2027-0502", rewound.Headers.Location?.ToString());
        Assert.Empty(host.App.Services.GetRequiredService<ReviewWakeTracker>().Busy());
        var after = await OrchestrationAsync(host, "CR-2027-0502");
        Assert.Contains(after?.RuntimeStatus, new ReviewRuntimeStatus?[] { ReviewRuntimeStatus.Pending, ReviewRuntimeStatus.Running });
        Assert.Null(after?.Failure);
        var banner = await http.GetStringAsync(new Uri(host.Address(rewound.Headers.Location!.ToString())));
        Assert.Contains("The orchestration of CR-2027-0502 has been rewound", banner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_that_does_not_exist_is_shown_as_a_problem_with_the_filter()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        using var http = host.ClientAs("admin");

        using var page = await http.GetAsync(new Uri(host.Address("/orchestrations?status=Sleeping")));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#status\">Select a runtime status from the list</a>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Error: Review orchestrations – ReviewFunctions</title>", html, StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("form-token", token)));

    private static Task<ReviewOrchestration?> OrchestrationAsync(DashboardHost host, string reference) =>
        host.App.Services.GetRequiredService<IReviewOrchestrations>().GetAsync(reference, default);

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "The orchestration did not fail within 20 s.");
            await Task.Delay(100);
        }
    }
}
