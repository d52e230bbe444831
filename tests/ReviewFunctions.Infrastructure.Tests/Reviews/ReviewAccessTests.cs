using System.Text.Json;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Reviews;

/// <summary>What the API decides from the review itself: membership, step ownership, the import rules, the audit trail.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ReviewAccessTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_participant_sees_and_lists_only_the_reviews_they_are_a_member_of()
    {
        var harness = new ReviewApiHarness(azurite);
        var theirs = await harness.StartAsync("CR-2027-0001");
        var other = await harness.StartAsync("CR-2027-0002");
        await AddAsync(harness, theirs, Callers.PanelChair.Email!, "subgroup-chair");

        var list = ReviewApiHarness.Json(await harness.Api.ListAsync(Callers.PanelChair, null, null, null, null, default)).GetProperty("reviews");
        var refused = await harness.Api.GetAsync(Callers.PanelChair, other, default);

        Assert.Equal(theirs, Assert.Single(list.EnumerateArray()).GetProperty("reference").GetString());
        Assert.Equal(200, (await harness.Api.GetAsync(Callers.PanelChair, theirs, default)).Status);
        Assert.Equal(403, refused.Status);
        Assert.Equal("You are not a member of review CR-2027-0002. The Board's business manager adds the people on a review.", Detail(refused));
        Assert.Equal(403, (await harness.Api.HistoryAsync(Callers.PanelChair, other, default)).Status);
        Assert.Equal(2, ReviewApiHarness.Json(await harness.Api.ListAsync(Callers.Auditor, null, null, null, null, default)).GetProperty("reviews").GetArrayLength());
    }

    [Fact]
    public async Task A_member_records_the_step_their_role_owns_and_the_history_says_who_in_which_role()
    {
        var harness = new ReviewApiHarness(azurite);
        var reference = await harness.StartAsync();
        await harness.Service.DecideAsync(reference, harness.Clock.Now, default);
        await AddAsync(harness, reference, Callers.PanelChair.Email!, "subgroup-chair");

        var recorded = await harness.Api.PostEventAsync(Callers.PanelChair, reference, """{"type":"step-completed","step":"panel-recommendation","note":"criteria met"}""", default);
        var onBehalf = await harness.Api.PostEventAsync(Callers.Manager, reference, """{"type":"step-completed","step":"records-secured","justification":"the police lead replied by e-mail"}""", default);

        Assert.Equal((202, 202), (recorded.Status, onBehalf.Status));
        var events = ReviewApiHarness.Json(await harness.Api.HistoryAsync(Callers.Auditor, reference, default)).GetProperty("events").EnumerateArray().ToList();
        var byMember = events.Single(e => e.GetProperty("event").GetProperty("type").GetString() == "step-completed" && e.GetProperty("event").GetProperty("step").GetString() == "panel-recommendation");
        Assert.Equal(("panel@board.example", "Review.Participant (subgroup-chair)"), (byMember.GetProperty("actor").GetProperty("email").GetString(), byMember.GetProperty("actor").GetProperty("role").GetString()));
        Assert.Equal("panel@board.example", byMember.GetProperty("event").GetProperty("by").GetString());
        var forOther = events.Single(e => e.GetProperty("event").GetProperty("type").GetString() == "step-completed" && e.GetProperty("event").GetProperty("step").GetString() == "records-secured");
        Assert.Equal((BoardRoles.Manager, "the police lead replied by e-mail"), (forOther.GetProperty("actor").GetProperty("role").GetString(), forOther.GetProperty("actor").GetProperty("justification").GetString()));
        var added = events.Single(e => e.GetProperty("event").GetProperty("type").GetString() == "member-added");
        Assert.Equal(("bm@board.example", BoardRoles.Manager), (added.GetProperty("actor").GetProperty("email").GetString(), added.GetProperty("actor").GetProperty("role").GetString()));
        Assert.Equal(BoardRoles.Admin, events.Single(e => e.GetProperty("event").GetProperty("type").GetString() == "referral-received").GetProperty("actor").GetProperty("role").GetString());
        Assert.Equal("system", events.First(e => e.GetProperty("event").GetProperty("type").GetString() == "notice-issued").GetProperty("actor").GetProperty("role").GetString());
    }

    [Fact]
    public async Task Only_an_administrator_with_a_recorded_reason_lets_someone_outside_the_partnership_in()
    {
        var harness = new ReviewApiHarness(azurite);
        var reference = await harness.StartAsync();
        const string body = """{"type":"member-added","email":"expert@elsewhere.example","role":"lead-reviewer"}""";

        var byManager = await harness.Api.PostEventAsync(Callers.Manager, reference, body, default);
        var withoutReason = await harness.Api.PostEventAsync(Callers.Admin, reference, body, default);
        var withReason = await harness.Api.PostEventAsync(Callers.Admin, reference, body.Replace("}", ""","justification":"independent reviewer commissioned by the Board"}""", StringComparison.Ordinal), default);

        Assert.Equal((403, 403, 202), (byManager.Status, withoutReason.Status, withReason.Status));
        Assert.Contains("needs Board.Admin and a recorded 'justification'", Detail(byManager), StringComparison.Ordinal);
        Assert.Contains("give the 'justification'", Detail(withoutReason), StringComparison.Ordinal);
        var added = (await harness.Service.LoadHistoryAsync(reference, default))!.History.Single(h => h.Event is Domain.Reviews.MemberAdded);
        Assert.Equal("independent reviewer commissioned by the Board", added.Actor!.Justification);
    }

    [Fact]
    public async Task An_import_takes_only_a_reference_intake_issued_and_never_a_receipt_time_or_someone_elses_name()
    {
        var harness = new ReviewApiHarness(azurite);
        harness.Issued.Issue("CR-2027-0007", new DateTimeOffset(2027, 1, 4, 8, 30, 0, TimeSpan.Zero));

        var notIssued = await harness.Api.StartAsync(Callers.Admin, ReviewApiHarness.StartBody("CR-2027-0999"), default);
        var withTime = await harness.Api.StartAsync(Callers.Admin, ReviewApiHarness.StartBody("CR-2027-0007").Replace("}", ""","receivedAt":"2027-02-01T00:00:00Z"}""", StringComparison.Ordinal), default);
        var spoofed = await harness.Api.StartAsync(Callers.Admin, ReviewApiHarness.StartBody("CR-2027-0007").Replace("}", ""","by":"intake"}""", StringComparison.Ordinal), default);
        var imported = await harness.Api.StartAsync(Callers.Admin, ReviewApiHarness.StartBody("CR-2027-0007"), default);

        Assert.Equal((403, 400, 403, 202), (notIssued.Status, withTime.Status, spoofed.Status, imported.Status));
        Assert.Equal("CR-2027-0999 has not been issued by intake. Only intake gives references: e-mail the referral to the intake mailbox, or import under a reference it issued.", Detail(notIssued));
        Assert.Contains("'receivedAt' cannot be given", Detail(withTime), StringComparison.Ordinal);
        Assert.Null(await harness.Service.LoadStateAsync("CR-2027-0999", default));
        var referral = (await harness.Service.LoadStateAsync("CR-2027-0007", default))!.State;
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 8, 30, 0, TimeSpan.Zero), referral.ReceivedAt);
    }

    private static async Task AddAsync(ReviewApiHarness harness, string reference, string email, string role) =>
        Assert.Equal(202, (await harness.Api.PostEventAsync(Callers.Manager, reference, $$"""{"type":"member-added","email":"{{email}}","role":"{{role}}"}""", default)).Status);

    private static string? Detail(Infrastructure.Reviews.ApiResponse response) => JsonDocument.Parse(response.Body).RootElement.GetProperty("detail").GetString();
}
