using System.Net;
using Microsoft.Playwright;
using ReviewFunctions.Local.Tests.Engine;
using static Microsoft.Playwright.Assertions;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>The timeliness report as the Board's chair reads it, in headless Chromium, over reviews run on the engine.</summary>
[Collection(LocalAzuriteGroup.Name)]
public sealed class TimelinessBrowserTests(LocalAzurite azurite, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task The_chair_reads_each_steps_lateness_as_a_chart_with_the_same_figures_in_a_table()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0501");
        await host.StartReviewAsync("CR-2027-0502");
        await host.RecordAsync("CR-2027-0501", "chair", """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"The criteria are met."}""");
        await host.RecordAsync("CR-2027-0501", "chair", """{"type":"extension-agreed","step":"review-complete","newDue":"2027-09-30","reason":"The criminal trial has been listed for July."}""");
        await host.Runner.AdvanceAsync(DashboardHost.Start.AddDays(20), default);
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;

        await page.GotoAsAsync(host.Address("/reports/timeliness?from=2027-02-01&to=2027-12-31"), "Helen Marsh");

        await Expect(page).ToHaveTitleAsync("Timeliness of reviews – ReviewFunctions");
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Timeliness" })).ToHaveAttributeAsync("aria-current", "page");
        var chart = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "Lateness of each step in working days: median and 90th percentile" });
        await Expect(chart).ToBeVisibleAsync();
        var byStep = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Lateness by step, in working days" });
        await Expect(byStep).ToBeVisibleAsync();
        var steps = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Every step that fell due, by review" });
        await Expect(steps.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Overdue" }).First).ToBeVisibleAsync();
        await Expect(steps).ToContainTextAsync("The criminal trial has been listed for July.");
        await Expect(page.Locator(".lead")).ToContainTextAsync("fell due:");

        // Every bar the chart draws is said in its description, and the table holds each step the chart shows.
        var description = await page.Locator("#lateness-chart-desc").TextContentAsync();
        var rows = await byStep.Locator("tbody tr").AllAsync();
        foreach (var row in rows)
        {
            var cells = await row.Locator("th, td").AllTextContentsAsync();
            if (cells[7] != "–")
            {
                Assert.Contains($"{cells[0]}: median {cells[7]}, 90th percentile {cells[8]}.", description, StringComparison.Ordinal);
            }
        }

        await Screenshots.TakeAsync(page, "30-timeliness");
        await page.Locator("figure.chart").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots.Folder, "31-timeliness-chart.png") });
        await ExpectAxeCleanAsync(page);

        var csv = await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "as a spreadsheet (CSV)" }).GetAttributeAsync("href");
        Assert.Equal("/api/reports/timeliness.csv?from=2027-02-01&to=2027-12-31", csv);

        await page.GotoAsync(host.Address("/reports/timeliness?from=2027-02-30"));
        var summary = page.Locator(".error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync("'from' must be a date written yyyy-mm-dd, such as 2027-04-01.");
        await Expect(page).ToHaveTitleAsync("Error: Timeliness of reviews – ReviewFunctions");
        await ExpectAxeCleanAsync(page);
        Assert.Empty(browser.PolicyViolations);

        // On a phone the page itself must not scroll sideways (WCAG reflow): the chart shrinks, the tables scroll alone.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(host.Address("/reports/timeliness?from=2027-02-01&to=2027-12-31"));
        await ExpectAxeCleanAsync(page);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, "The timeliness page is wider than a phone's screen.");
    }

    [Fact]
    public async Task A_participant_is_not_offered_the_report_and_is_refused_it()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        using var police = host.ClientAs("police-lead");

        var page = await police.GetAsync(new Uri(host.Address("/reports/timeliness")));
        var home = await police.GetStringAsync(new Uri(host.Address("/")));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("/reports/timeliness", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_is_given_as_JSON_and_CSV_and_a_wrong_date_is_refused_with_what_to_write()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0511");
        await host.Runner.AdvanceAsync(DashboardHost.Start.AddDays(3), default);
        using var manager = host.ClientAs("business-manager");

        using var json = System.Text.Json.JsonDocument.Parse(await manager.GetStringAsync(new Uri(host.Address("/api/reports/timeliness?from=2027-02-01&to=2027-02-28"))));
        var csv = await manager.GetStringAsync(new Uri(host.Address("/api/reports/timeliness.csv?from=2027-02-01&to=2027-02-28")));
        var wrong = await manager.GetAsync(new Uri(host.Address("/api/reports/timeliness?to=28/02/2027")));

        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.Equal("CR-2027-0511", s.GetProperty("reference").GetString()));
        Assert.Equal(steps.Count, json.RootElement.GetProperty("all").GetProperty("steps").GetInt32());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("reference,kind,nation,stage,step,occurrence,title,owner,due,original_due,extension_reason,done_at,status,working_days_late", lines[0]);
        Assert.Equal(steps.Count + 1, lines.Length);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("'to' must be a date written yyyy-mm-dd", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task ExpectAxeCleanAsync(IPage page)
    {
        var violations = await AxeCore.RunAsync(page);
        Assert.True(violations.Count == 0, $"axe found violations on {page.Url}:\n" + string.Join('\n', violations));
    }
}
