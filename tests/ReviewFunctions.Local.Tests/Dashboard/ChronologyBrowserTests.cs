using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReviewFunctions.Local.Tests.Engine;
using static Microsoft.Playwright.Assertions;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>Three agencies send their chronologies; the panel reads the merged timeline on the review page and downloads it.</summary>
[Collection(LocalAzuriteGroup.Name)]
public sealed class ChronologyBrowserTests(LocalAzurite azurite, Chromium chromium) : IClassFixture<Chromium>
{
    private const string Heading = "Event No,Date,Time,Age of Child,Family Member,Child seen/wishes sought or expressed (Y/N),Event,Agency source to overview,Action taken,Note\n";

    [Fact]
    public async Task Three_agencies_chronologies_merge_into_one_timeline_with_the_shared_meeting_marked_and_the_gap_flagged()
    {
        const string Reference = "CR-2027-0531";
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0531", "Police", "Westbridge Nursery", "Health visiting");
        using var manager = host.ClientAs("business-manager");

        var bad = await SendAsync(manager, host, Reference, "Health visiting", "hv.csv", Heading + "1,31/11/2026,09:15,,Mother,Y,Home visit,HV,,\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("31/11/2026", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(manager, host, Reference, "Police", "police.csv", Heading
            + "1,02/11/2026,10:00,2 years,Mother,Y,Home visit after a neighbour's call,Police,Referral to children's services,\n"
            + "2,20/12/2026,14:30,,Mother,N,Strategy meeting about the family,Police,,\n")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(manager, host, Reference, "Westbridge Nursery", "nursery.csv", Heading
            + "1,05/11/2026,,,,Y,Child attended nursery; bruise noted on the arm,Nursery,Body map completed,\n"
            + "2,20/12/2026,14:30,,,N,Strategy meeting about the family held,Nursery,,\n")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(manager, host, Reference, "Health visiting", "hv.csv", Heading
            + "1,07/11/2026,09:15,,Mother,Y,Health visitor home visit; weight checked,HV,,\n"
            + "2,30/01/2027,11:00,,Mother,Y,Health visitor visit; child seen and weighed,HV,,\n")).StatusCode);

        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsAsync(host.Address("/reviews/CR-2027-0531"), "Priya Shah");

        var sent = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Chronologies sent in" });
        await Expect(sent.GetByRole(AriaRole.Row)).ToHaveCountAsync(5);
        await Expect(sent.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Not used" })).ToContainTextAsync("31/11/2026");
        var timeline = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Integrated chronology, every agency" });
        var rows = timeline.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(7);
        await Expect(rows.Nth(0)).ToContainTextAsync("02/11/2026 10:00");
        await Expect(rows.Nth(3)).ToContainTextAsync("Gap: no agency saw the child for 84 days, from 07/11/2026 to 30/01/2027");
        await Expect(rows.Nth(4)).ToContainTextAsync("Police");
        await Expect(rows.Nth(4)).ToContainTextAsync("Westbridge Nursery (line 5)");
        await Expect(rows.Nth(5)).ToContainTextAsync("Police (line 4)");
        await Expect(page.Locator("#chronology ~ p.lead").First).ToContainTextAsync("6 lines; 1 gap");
        await Screenshots.TakeAsync(page, "33-integrated-chronology");
        await ExpectAxeCleanAsync(page);

        await page.GetByLabel("Show the lines of").SelectOptionAsync(new SelectOptionValue { Label = "Westbridge Nursery" });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show", Exact = true }).ClickAsync();
        var nursery = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Integrated chronology, Westbridge Nursery's lines" });
        await Expect(nursery.Locator("tbody tr").Filter(new LocatorFilterOptions { HasText = "Westbridge Nursery" })).ToHaveCountAsync(2);
        await Expect(nursery.Locator("tbody tr").Filter(new LocatorFilterOptions { HasText = "Health visiting" })).ToHaveCountAsync(0);
        await ExpectAxeCleanAsync(page);
        Assert.Empty(browser.PolicyViolations);

        var docx = await manager.GetAsync(new Uri(host.Address("/api/reviews/CR-2027-0531/chronology.docx")));
        var csv = await manager.GetAsync(new Uri(host.Address("/api/reviews/CR-2027-0531/chronology.csv")));
        var outside = await manager.GetAsync(new Uri(host.Address("/api/reviews/CR-2027-0531/chronology.csv?anonymised=true")));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("CR-2027-0531-chronology.docx", docx.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal([0x50, 0x4B], (await docx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Contains("Strategy meeting about the family held", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, outside.StatusCode);
        Assert.Contains("cannot be anonymised", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_agencys_people_on_the_review_or_the_business_manager_send_a_chronology_and_only_for_an_agency_asked()
    {
        const string Reference = "CR-2027-0532";
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0532");
        using var manager = host.ClientAs("business-manager");
        using var chair = host.ClientAs("chair");

        var stranger = await SendAsync(manager, host, Reference, "Fire service", "fire.csv", Heading);
        var byChair = await SendAsync(chair, host, Reference, "Police", "police.csv", Heading);
        var notCsv = await SendAsync(manager, host, Reference, "Police", "police.pdf", "%PDF-1.7");

        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Contains("'Fire service' was not asked to contribute to this review", await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byChair.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notCsv.StatusCode);
        Assert.Contains("neither a CSV file nor a Word document", await notCsv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // An inspector reads every review, but from outside the partnership: the timeline, which names the family, is not for them.
        var inspector = new ReviewFunctions.Domain.Access.Caller("inspector", "An inspector", "inspector@inspectorate.example", new HashSet<string>(StringComparer.Ordinal) { ReviewFunctions.Domain.Access.BoardRoles.Auditor });
        var chronology = host.App.Services.GetRequiredService<ReviewFunctions.Infrastructure.Chronology.ChronologyApi>();
        var refused = await chronology.TimelineAsync(inspector, Reference, null, default);
        Assert.Equal(403, refused.Status);
        Assert.Contains("Ask for the anonymised copy", refused.Body, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, DashboardHost host, string reference, string agency, string fileName, string content) =>
        client.PostAsJsonAsync(new Uri(host.Address($"/api/reviews/{reference}/chronologies")), new { agency, fileName, content = Convert.ToBase64String(Encoding.UTF8.GetBytes(content)) });

    private static async Task ExpectAxeCleanAsync(IPage page)
    {
        var violations = await AxeCore.RunAsync(page);
        Assert.True(violations.Count == 0, $"axe found violations on {page.Url}:\n" + string.Join('\n', violations));
    }
}
