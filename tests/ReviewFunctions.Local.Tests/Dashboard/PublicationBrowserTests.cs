using Microsoft.Playwright;
using ReviewFunctions.Local.Tests.Engine;
using static Microsoft.Playwright.Assertions;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>Holding, lifting and recording a publication on the review page, in headless Chromium.</summary>
[Collection(LocalAzuriteGroup.Name)]
public sealed class PublicationBrowserTests(LocalAzurite azurite, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task The_chair_holds_publication_for_a_trial_and_lifts_it_then_the_business_manager_records_it()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0521");
        await host.RecordAsync("CR-2027-0521", "chair", """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"The criteria are met."}""");
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsAsync(host.Address("/reviews/CR-2027-0521"), "Helen Marsh");
        var about = page.Locator("dl.summary-list").First;
        await Expect(about).ToContainTextAsync("Not published yet");

        var themes = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Record the review's themes" });
        await themes.GetByLabel("First theme").FillAsync("neglect");
        await themes.GetByLabel("Second theme (optional)").FillAsync("domestic abuse");
        await themes.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Record the themes" }).ClickAsync();
        await Expect(about).ToContainTextAsync("Themesneglect, domestic abuse");

        var hold = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Hold publication" });
        await hold.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Hold publication" }).ClickAsync();
        await Expect(page.Locator(".error-summary").GetByRole(AriaRole.Link)).ToHaveTextAsync("Enter why publication must wait");
        await ExpectAxeCleanAsync(page);
        await page.GetByLabel("Why publication must wait").FillAsync("Criminal proceedings are under way.");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Hold publication" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The embargo on publication has been recorded.");
        await Expect(about).ToContainTextAsync("Held since");
        await Expect(about).ToContainTextAsync("Criminal proceedings are under way.");
        await Expect(page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Record the publication" })).ToHaveCountAsync(0);
        await ExpectAxeCleanAsync(page);

        var lift = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Lift the embargo on publication" });
        await lift.GetByLabel("Day").FillAsync("30");
        await lift.GetByLabel("Month").FillAsync("6");
        await lift.GetByLabel("Year").FillAsync("2027");
        await lift.GetByLabel("Note (optional)").FillAsync("The trial has ended.");
        await lift.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lift the embargo" }).ClickAsync();
        await Expect(about).ToContainTextAsync("To be published by Wednesday 30 June 2027");
        var publicationRow = page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Publish the report on the Board's website" });
        await Expect(publicationRow).ToContainTextAsync("30 June 2027");

        await page.GotoAsAsync(host.Address("/reviews/CR-2027-0521"), "Priya Shah");
        var record = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Record the publication" });
        await record.GetByLabel("Day").FillAsync("8");
        await record.GetByLabel("Month").FillAsync("2");
        await record.GetByLabel("Year").FillAsync("2027");
        await record.GetByLabel("Web address of the published report").FillAsync("http://westbridge.example/reviews/child-d.pdf");
        await record.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Record the publication" }).ClickAsync();
        var problem = page.Locator(".error-summary").GetByRole(AriaRole.Link);
        await Expect(problem).ToHaveTextAsync("Give the web address the report is published at, starting https://.");
        await Expect(problem).ToHaveAttributeAsync("href", "#publication-link");
        await page.Locator("#publication-link").FillAsync("https://westbridge.example/reviews/child-d.pdf");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Record the publication" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The publication has been recorded.");
        await Expect(about).ToContainTextAsync("Published on Monday 8 February 2027 at https://westbridge.example/reviews/child-d.pdf");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Take the published report down" })).ToContainTextAsync("8 February 2028");
        await Screenshots.TakeAsync(page, "32-review-published");
        using var manager = host.ClientAs("business-manager");
        var tracker = (await manager.GetStringAsync(new Uri(host.Address("/api/reports/tracker.csv")))).Split("\r\n");
        Assert.StartsWith("local_reference,steis_number,safeguarding_partnership,type_of_review,", tracker[0], StringComparison.Ordinal);
        Assert.StartsWith("CR-2027-0521,,Westbridge Safeguarding Children Partnership (demonstration),Other,Serious Case Review,2027-02-06,2027-02-08,Closed,", tracker[1], StringComparison.Ordinal);
        Assert.Contains(",neglect,domestic abuse,,,2027-02-08,https://westbridge.example/reviews/child-d.pdf,", tracker[1], StringComparison.Ordinal);
        await ExpectAxeCleanAsync(page);
        Assert.Empty(browser.PolicyViolations);
    }

    private static async Task ExpectAxeCleanAsync(IPage page)
    {
        var violations = await AxeCore.RunAsync(page);
        Assert.True(violations.Count == 0, $"axe found violations on {page.Url}:\n" + string.Join('\n', violations));
    }
}
