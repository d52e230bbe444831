using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using ReviewFunctions.Emulators.Storage;
using static Microsoft.Playwright.Assertions;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>
/// Who may do what, as the Board's people meet it in the dashboard in headless Chromium: two referrals come in through
/// intake; the business manager puts the panel chair on the first review only; the chair decides; the panel chair sees
/// only that review, records a step their role owns and is turned away from the other; and the first review's history
/// names each of them, with their e-mail address and the role they acted in.
/// </summary>
public sealed class SignedInReviewBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    /// <summary>Three minutes after the sample referral reached the intake mailbox, as in the README.</summary>
    private static readonly DateTimeOffset Start = new(2027, 2, 8, 10, 45, 0, TimeSpan.Zero);

    private static readonly string Samples = Path.Combine(RepositoryRoot.Find(), "samples", "referrals");

    [Fact]
    public async Task Each_person_sees_and_records_only_what_their_role_allows_and_the_history_names_who_did_each_thing()
    {
        // An Azurite of its own: intake's reference register has fixed table names, which other hosts would share.
        await using var azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), null, CancellationToken.None);
        await using var host = await DashboardHost.StartAsync(azurite, start: Start);
        Assert.Equal("CR-2027-0001", await SendInAsync(host, await File.ReadAllTextAsync(Path.Combine(Samples, "ref-a.email.json"))));
        Assert.Equal("CR-2027-0002", await SendInAsync(host, AnotherChild(await File.ReadAllTextAsync(Path.Combine(Samples, "ref-a.body.email.json")))));
        await host.Runner.WaitUntilQuietAsync(default);
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        var first = host.Address("/reviews/CR-2027-0001");

        await page.GotoAsync(host.Address("/sign-in"));
        await ExpectAxeCleanAsync(page);
        await Screenshots.TakeAsync(page, "30-sign-in");

        // The business manager adds members; the decision is not theirs, so its form is not offered.
        await page.GotoAsAsync(first, "Priya Shah");
        await Expect(page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Record the decision" })).ToHaveCountAsync(0);
        var add = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Add a member" });
        await add.GetByLabel("Email address").FillAsync("panel-chair@westbridge-scp.example");
        await add.GetByLabel("Role in this review").SelectOptionAsync(new SelectOptionValue { Label = "Review panel chair" });
        await add.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add the member" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The member has been added.");

        // The Board's chair decides.
        await page.GotoAsAsync(first, "Helen Marsh");
        var decision = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Record the decision" });
        await decision.GetByLabel("Hold a review", new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
        await decision.GetByLabel("Reasons for the decision").FillAsync("The criteria for a Serious Case Review are met.");
        await decision.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Record the decision" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The decision has been recorded.");

        // The panel chair sees only the review they are on, and records a step their review role owns.
        await page.GotoAsAsync(host.Address("/"), "Tom Okoro");
        var reviews = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Every review, by reference" });
        await Expect(reviews.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "CR-2027-0001" })).ToHaveCountAsync(1);
        await Expect(reviews).Not.ToContainTextAsync("CR-2027-0002");
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Orchestrations" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Move the clock forward" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "CR-2027-0001" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Add a member" })).ToHaveCountAsync(0);
        var steps = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Record a step as done" });
        await steps.GetByLabel("Step you have done").SelectOptionAsync("family-informed");
        await steps.GetByLabel("Note (optional)").FillAsync("Letter handed over at the home visit.");
        await steps.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Record the step as done" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The step has been recorded as done.");
        await Expect(page.Locator("#step-family-informed")).ToContainTextAsync("panel-chair@westbridge-scp.example");

        var other = await page.GotoAsync(host.Address("/reviews/CR-2027-0002"));
        Assert.Equal(403, other!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("You cannot see this review");
        await Expect(page.Locator("main")).ToContainTextAsync("You are not a member of review CR-2027-0002.");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Serious Case Review");
        await ExpectAxeCleanAsync(page);

        // The first review's history names who did each thing, and as what.
        await page.GotoAsync(first + "#history");
        var history = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "History of review CR-2027-0001" });
        await ExpectRowAsync(history, "Referral received", "Intake mailbox reader");
        await ExpectRowAsync(history, "Member added: panel-chair@westbridge-scp.example as Review panel chair", "Priya Shah", "business-manager@westbridge-scp.example", "Board business manager");
        await ExpectRowAsync(history, "Decision recorded: hold a Serious Case Review", "Helen Marsh", "chair@westbridge-scp.example", "Board chair");
        await ExpectRowAsync(history, "Step done: Tell the family", "Tom Okoro", "panel-chair@westbridge-scp.example", "Review panel chair on this review");
        await Expect(history).Not.ToContainTextAsync("Jayden");
        await Expect(history).Not.ToContainTextAsync("Marsh Row");
        await ExpectAxeCleanAsync(page);
        await Screenshots.TakeAsync(page, "31-review-history");
        Assert.Empty(browser.PolicyViolations);

        using var chair = host.ClientAs("chair");
        var events = (await chair.GetFromJsonAsync<JsonElement>(host.Address("/api/reviews/CR-2027-0001/history"))).GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(("Tom Okoro", "panel-chair@westbridge-scp.example", "Review.Participant (panel-chair)"), Actor(events, "step-completed"));
        Assert.Equal(("Helen Marsh", "chair@westbridge-scp.example", "Board.Chair"), Actor(events, "decision-recorded"));
        Assert.Equal(("Priya Shah", "business-manager@westbridge-scp.example", "Board.Manager"), Actor(events, "member-added"));
        Assert.Equal(("Intake mailbox reader", null, "Intake.Submit"), Actor(events, "referral-received"));
        Assert.Equal("system", events.First(e => e.GetProperty("event").GetProperty("type").GetString() == "notice-issued").GetProperty("actor").GetProperty("role").GetString());
    }

    /// <summary>Posts a referral e-mail as the intake mailbox reader passes it on; answers the reference intake gave it.</summary>
    private static async Task<string> SendInAsync(DashboardHost host, string message)
    {
        using var intake = host.ClientAs("intake-reader");
        using var answer = await intake.PostAsync(new Uri(host.Address("/api/intake/email")), new StringContent(message, Encoding.UTF8, "application/json"));
        Assert.True(answer.StatusCode == HttpStatusCode.Accepted, await answer.Content.ReadAsStringAsync());
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewReference").GetString()!;
    }

    /// <summary>The sample typed into an e-mail, about another child: another message and another form, so another review.</summary>
    private static string AnotherChild(string message) => message
        .Replace("<ref-a-body@westbridge.example.gov.uk>", "<ref-c-body@westbridge.example.gov.uk>", StringComparison.Ordinal)
        .Replace("Name of child: Jayden Marsh", "Name of child: Riley Stone", StringComparison.Ordinal)
        .Replace("Date of birth: 14/06/2023", "Date of birth: 02/09/2021", StringComparison.Ordinal);

    private static async Task ExpectRowAsync(ILocator table, string what, params string[] who)
    {
        var row = table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = what });
        await Expect(row).ToHaveCountAsync(1);
        foreach (var text in who)
        {
            await Expect(row).ToContainTextAsync(text);
        }
    }

    private static (string?, string?, string?) Actor(List<JsonElement> events, string type)
    {
        var actor = events.Single(e => e.GetProperty("event").GetProperty("type").GetString() == type).GetProperty("actor");
        string? Text(string name) => actor.TryGetProperty(name, out var value) ? value.GetString() : null;
        return (Text("name"), Text("email"), Text("role"));
    }

    private static async Task ExpectAxeCleanAsync(IPage page)
    {
        var violations = await AxeCore.RunAsync(page);
        Assert.True(violations.Count == 0, $"axe found violations on {page.Url}:\n" + string.Join('\n', violations));
    }
}
