using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Emulators.Storage;

namespace ReviewFunctions.Local.Tests.Access;

/// <summary>
/// What a signed-in person may not do, over HTTP on the local host: each refusal says why in the problem's detail,
/// and leaves nothing behind (the review's history as it was, no review created, nobody added). Each refusal is paired
/// with the same request made properly, which is accepted, so the refusal is for the reason it gives.
/// </summary>
public sealed class RefusalTests(AccessHost host) : IClassFixture<AccessHost>
{
    private const string Outside = "someone@gmail.example";

    private static readonly string SampleReferral = Path.Combine(RepositoryRoot.Find(), "samples", "referrals", "ref-a.email.json");

    [Fact]
    public async Task A_step_posted_with_a_by_naming_someone_else_is_refused_and_nothing_is_recorded()
    {
        const string reference = "CR-2027-0801";
        await host.StartReviewAsync(reference);
        var panelChair = host.Person("panel-chair");
        await host.AddMemberAsync(reference, panelChair.Email!, "subgroup-chair");
        var before = await host.HistoryCountAsync(reference);

        var spoofed = await host.PostJsonAsync(Events(reference), panelChair, """{"type":"step-completed","step":"panel-recommendation","by":"chair@westbridge-scp.example"}""");

        Assert.True(spoofed.Status == HttpStatusCode.Forbidden, spoofed.ToString());
        Assert.Contains("'by' must be you", spoofed.Detail, StringComparison.Ordinal);
        Assert.Contains(panelChair.Email!, spoofed.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await host.HistoryCountAsync(reference));

        // The same step, as themselves, is theirs to record: it was the 'by' that was refused.
        var own = await host.PostJsonAsync(Events(reference), panelChair, """{"type":"step-completed","step":"panel-recommendation"}""");
        Assert.True(own.Status == HttpStatusCode.Accepted, own.ToString());
        var recorded = (await host.LoadAsync(reference))!.History[^1];
        Assert.Equal(panelChair.Email, Assert.IsType<StepCompleted>(recorded.Event).By);
        Assert.Equal(panelChair.ObjectId, recorded.Actor!.ObjectId);
    }

    [Fact]
    public async Task Importing_a_reference_intake_never_issued_is_refused_and_no_review_is_created()
    {
        var admin = host.Person("admin");

        var chosen = await host.PostJsonAsync("/api/reviews", admin, """{"reference":"CR-2027-0999","kind":"scr","nation":"england"}""");

        Assert.True(chosen.Status == HttpStatusCode.Forbidden, chosen.ToString());
        Assert.Contains("CR-2027-0999 has not been issued by intake", chosen.Detail, StringComparison.Ordinal);
        Assert.Null(await host.LoadAsync("CR-2027-0999"));
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync("/api/reviews/CR-2027-0999", admin)).Status);
        Assert.DoesNotContain("CR-2027-0999", (await host.GetAsync("/api/reviews", admin)).Body, StringComparison.Ordinal);

        // A reference intake did issue is imported (its review already runs, so 200 rather than 202): the refusal
        // was about who chose the reference, not about importing.
        var issued = await IssuedReferenceAsync();
        var imported = await host.PostJsonAsync("/api/reviews", admin, $$"""{"reference":"{{issued}}","kind":"scr","nation":"england"}""");
        Assert.True(imported.Status == HttpStatusCode.OK, imported.ToString());
    }

    [Fact]
    public async Task A_receipt_time_in_the_body_is_refused_and_nothing_is_recorded()
    {
        var admin = host.Person("admin");
        var issued = await IssuedReferenceAsync();
        var before = await host.HistoryCountAsync(issued);
        var receivedAt = (await host.LoadAsync(issued))!.State.ReceivedAt;

        foreach (var reference in new[] { "CR-2027-0998", issued })
        {
            var answer = await host.PostJsonAsync("/api/reviews", admin, $$"""{"reference":"{{reference}}","kind":"scr","nation":"england","receivedAt":"2026-12-01T09:00:00Z"}""");

            Assert.True(answer.Status == HttpStatusCode.BadRequest, $"{reference}: {answer}");
            Assert.Contains("'receivedAt' cannot be given", answer.Detail, StringComparison.Ordinal);
        }

        Assert.Null(await host.LoadAsync("CR-2027-0998"));
        Assert.Equal(before, await host.HistoryCountAsync(issued));
        Assert.Equal(receivedAt, (await host.LoadAsync(issued))!.State.ReceivedAt);
    }

    [Fact]
    public async Task A_write_another_site_could_make_a_browser_send_is_refused_and_nothing_is_recorded()
    {
        const string reference = "CR-2027-0802";
        await host.StartReviewAsync(reference);
        var chair = host.Person("chair");
        const string decision = """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"Criteria met: a child seriously harmed and abuse suspected."}""";
        var before = await host.HistoryCountAsync(reference);

        // A form on another site can post plain text with its own Origin, and the browser adds the person's sign-in.
        var crossSite = await host.SendAsync(HttpMethod.Post, Events(reference), chair, decision, "text/plain", r => r.Headers.Add("Origin", "https://evil.example"));
        Assert.True(crossSite.Status is HttpStatusCode.Forbidden or HttpStatusCode.UnsupportedMediaType, crossSite.ToString());
        Assert.True(
            crossSite.Detail.Contains("other sites", StringComparison.Ordinal) || crossSite.Detail.Contains("application/json", StringComparison.Ordinal),
            "the refusal should say it is the other site or the content type: " + crossSite.Detail);

        // JSON from another site's page (which a browser would send only after a preflight this host never answers).
        var crossSiteJson = await host.SendAsync(HttpMethod.Post, Events(reference), chair, decision, tweak: r => r.Headers.Add("Sec-Fetch-Site", "cross-site"));
        Assert.True(crossSiteJson.Status == HttpStatusCode.Forbidden, crossSiteJson.ToString());
        Assert.Contains("other sites", crossSiteJson.Detail, StringComparison.Ordinal);

        // The same body as plain text with no origin at all: still not JSON, so still not taken.
        var plain = await host.SendAsync(HttpMethod.Post, Events(reference), chair, decision, "text/plain");
        Assert.True(plain.Status == HttpStatusCode.UnsupportedMediaType, plain.ToString());
        Assert.Contains("Content-Type: application/json", plain.Detail, StringComparison.Ordinal);
        Assert.Contains("Nothing was recorded", plain.Detail, StringComparison.Ordinal);

        Assert.Equal(before, await host.HistoryCountAsync(reference));
        Assert.Null((await host.LoadAsync(reference))!.State.Decision);

        // Sent as JSON from no other site, the very same body is the chair's decision: the refusals were for how it came.
        var json = await host.PostJsonAsync(Events(reference), chair, decision);
        Assert.True(json.Status == HttpStatusCode.Accepted, json.ToString());
        Assert.Equal(before + 1, await host.HistoryCountAsync(reference));
    }

    [Fact]
    public async Task A_member_outside_the_partnership_is_added_only_by_Board_Admin_with_a_justification_that_is_kept()
    {
        const string reference = "CR-2027-0803";
        await host.StartReviewAsync(reference);
        var manager = host.Person("business-manager");
        var admin = host.Person("admin");
        var partnership = host.Services.GetRequiredService<PartnershipDomains>();
        Assert.False(partnership.Includes(Outside));
        var add = $$"""{"type":"member-added","email":"{{Outside}}","role":"lead-reviewer"}""";
        var justified = $$"""{"type":"member-added","email":"{{Outside}}","role":"lead-reviewer","justification":"Independent reviewer agreed by the Board on 8 February."}""";
        var before = await host.HistoryCountAsync(reference);

        // The business manager may add members, but not from outside the partnership, with or without a reason.
        foreach (var body in new[] { add, justified })
        {
            var byManager = await host.PostJsonAsync(Events(reference), manager, body);
            Assert.True(byManager.Status == HttpStatusCode.Forbidden, byManager.ToString());
            Assert.Contains(BoardRoles.Admin, byManager.Detail, StringComparison.Ordinal);
            Assert.Contains("justification", byManager.Detail, StringComparison.Ordinal);
        }

        // Board.Admin must say why; a blank reason is no reason.
        foreach (var body in new[] { add, add.Replace("}", ""","justification":"   "}""", StringComparison.Ordinal) })
        {
            var unexplained = await host.PostJsonAsync(Events(reference), admin, body);
            Assert.True(unexplained.Status == HttpStatusCode.Forbidden, unexplained.ToString());
            Assert.Contains("justification", unexplained.Detail, StringComparison.Ordinal);
        }

        Assert.Equal(before, await host.HistoryCountAsync(reference));
        Assert.DoesNotContain((await host.LoadAsync(reference))!.State.Members, m => m.Email == Outside);

        var explained = await host.PostJsonAsync(Events(reference), admin, justified);

        Assert.True(explained.Status == HttpStatusCode.Accepted, explained.ToString());
        Assert.Contains((await host.LoadAsync(reference))!.State.Members, m => m.Email == Outside && m.Role == "lead-reviewer");
        var history = await host.GetAsync($"/api/reviews/{reference}/history", admin);
        Assert.Equal(HttpStatusCode.OK, history.Status);
        using var events = JsonDocument.Parse(history.Body);
        var actor = events.RootElement.GetProperty("events").EnumerateArray().Last().GetProperty("actor");
        Assert.Equal(admin.ObjectId, Text(actor, "objectId"));
        Assert.Equal(BoardRoles.Admin, Text(actor, "role"));
        Assert.Equal("Independent reviewer agreed by the Board on 8 February.", Text(actor, "justification"));
    }

    [Fact]
    public async Task A_member_inside_the_partnership_is_added_by_the_business_manager_when_the_board_names_its_domains()
    {
        const string reference = "CR-2027-0804";
        const string inside = "new-reviewer@westbridge-scp.example";
        await host.StartReviewAsync(reference);
        var manager = host.Person("business-manager");
        var before = await host.HistoryCountAsync(reference);

        var added = await host.PostJsonAsync(Events(reference), manager, $$"""{"type":"member-added","email":"{{inside}}","role":"lead-reviewer"}""");

        // With no partnership domains set, every address is outside and only Board.Admin may add it; with the Board's
        // domains the business manager adds its own people without a reason.
        if (host.Services.GetRequiredService<PartnershipDomains>().Includes(inside))
        {
            Assert.True(added.Status == HttpStatusCode.Accepted, added.ToString());
            Assert.Equal(BoardRoles.Manager, (await host.LoadAsync(reference))!.History[^1].Actor!.Role);
        }
        else
        {
            Assert.True(added.Status == HttpStatusCode.Forbidden, added.ToString());
            Assert.Contains(BoardRoles.Admin, added.Detail, StringComparison.Ordinal);
            Assert.Equal(before, await host.HistoryCountAsync(reference));
        }
    }

    private static string Events(string reference) => $"/api/reviews/{reference}/events";

    /// <summary>A field of the actor, whichever case the API's serialiser gives its names.</summary>
    private static string? Text(JsonElement json, string name) =>
        json.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>The reference intake issues the sample referral, sent in by the intake mailbox reader (the same one again on a second call).</summary>
    private async Task<string> IssuedReferenceAsync()
    {
        var answer = await host.PostJsonAsync("/api/intake/email", host.Person("intake-reader"), await File.ReadAllTextAsync(SampleReferral));
        Assert.True(answer.Status is HttpStatusCode.Accepted or HttpStatusCode.OK, answer.ToString());
        await host.QuietAsync();
        using var json = JsonDocument.Parse(answer.Body);
        return json.RootElement.GetProperty("reviewReference").GetString()!;
    }
}
