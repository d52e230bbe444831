using Microsoft.Playwright;
using ReviewFunctions.Local.Tests.Engine;
using static Microsoft.Playwright.Assertions;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>The orchestrations page as an administrator uses it, in headless Chromium, over live reviews on the engine.</summary>
[Collection(LocalAzuriteGroup.Name)]
public sealed class OrchestrationsBrowserTests(LocalAzurite azurite, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_administrator_filters_the_orchestrations_and_terminates_one_after_confirming_why()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0401");
        await host.StartReviewAsync("CR-2027-0402");
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsAsync(host.Address("/"), "Sam Adeyemi");

        await page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Dashboard" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Orchestrations" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync("Review orchestrations – ReviewFunctions");
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Orchestrations" })).ToHaveAttributeAsync("aria-current", "page");
        var table = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Review orchestrations" });
        var first = table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "CR-2027-0401" });
        var second = table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "CR-2027-0402" });
        foreach (var row in new[] { first, second })
        {
            await Expect(row).ToContainTextAsync("Running");
            await Expect(row).ToContainTextAsync("Referral: deciding whether to hold a review");
            await Expect(row).ToContainTextAsync("Next due: Secure the agency's paper and electronic records about the child and family, Tuesday 9 February 2027 at 9am");
            await Expect(row).ToContainTextAsync("Overdue: none");
            await Expect(row).ToContainTextAsync("Last notice: Agency request letter");
            await Expect(row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Rewind" })).ToHaveCountAsync(0);
        }

        await Screenshots.TakeAsync(page, "20-orchestrations");
        await ExpectAxeCleanAsync(page);

        await page.GetByLabel("Runtime status").SelectOptionAsync(new SelectOptionValue { Label = "Terminated" });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show orchestrations" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(host.Address("/orchestrations?status=Terminated"));
        await Expect(page.GetByText("There are no review orchestrations with the status Terminated.")).ToBeVisibleAsync();
        await page.GetByLabel("Runtime status").SelectOptionAsync(new SelectOptionValue { Label = "Running" });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show orchestrations" }).ClickAsync();
        await Expect(page.GetByLabel("Runtime status")).ToHaveValueAsync("Running");
        table = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Review orchestrations with the status Running" });
        await Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Terminate the orchestration of CR-2027-0402" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync("Terminate the orchestration of CR-2027-0402 – ReviewFunctions");
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync("Are you sure you want to terminate the orchestration of CR-2027-0402?");
        await Expect(page.Locator(".warning")).ToContainTextAsync("The review's records are kept");
        await Screenshots.TakeAsync(page, "21-orchestration-terminate-confirmation");
        await ExpectAxeCleanAsync(page);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Yes, terminate the orchestration" }).ClickAsync();
        var summary = page.Locator(".error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync("Enter why you want to terminate the orchestration");
        await Expect(page).ToHaveTitleAsync("Error: Terminate the orchestration of CR-2027-0402 – ReviewFunctions");
        await ExpectAxeCleanAsync(page);
        await page.GetByLabel("Why are you terminating it?").FillAsync("Started twice by mistake; CR-2027-0401 is the real one.");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Yes, terminate the orchestration" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(host.Address("/orchestrations?done=terminate&reference=CR-2027-0402"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The orchestration of CR-2027-0402 has been terminated. The review's records are kept.");
        table = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Review orchestrations" });
        second = table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "CR-2027-0402" });
        await Expect(second).ToContainTextAsync("Terminated");
        await Expect(second.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "CR-2027-0401" })).ToContainTextAsync("Running");
        await Screenshots.TakeAsync(page, "22-orchestrations-after-terminate");
        await ExpectAxeCleanAsync(page);

        await page.GetByLabel("Runtime status").SelectOptionAsync(new SelectOptionValue { Label = "Terminated" });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show orchestrations" }).ClickAsync();
        table = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Review orchestrations with the status Terminated" });
        await Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(table).ToContainTextAsync("CR-2027-0402");
        Assert.Empty(browser.PolicyViolations);

        // On a phone the page itself must not scroll sideways (WCAG reflow); only the table's own region does.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(host.Address("/orchestrations"));
        await ExpectAxeCleanAsync(page);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, "The orchestrations page is wider than a phone's screen.");
    }

    private static async Task ExpectAxeCleanAsync(IPage page)
    {
        var violations = await AxeCore.RunAsync(page);
        Assert.True(violations.Count == 0, $"axe found violations on {page.Url}:\n" + string.Join('\n', violations));
    }
}
