using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Reviews;

[Collection(AzuriteGroup.Name)]
public sealed class ReviewApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Starting_a_review_records_the_referral_indexes_it_and_starts_its_loop_once()
    {
        var harness = new ReviewApiHarness(azurite);

        harness.Issued.Issue("CR-2027-0001", new DateTimeOffset(2027, 2, 8, 10, 0, 0, TimeSpan.Zero));
        var first = await harness.Api.StartAsync(Callers.Admin, ReviewApiHarness.StartBody("CR-2027-0001"), default);
        var again = await harness.Api.StartAsync(Callers.Admin, ReviewApiHarness.StartBody("CR-2027-0001"), default);

        Assert.Equal((202, "CR-2027-0001"), (first.Status, ReviewApiHarness.Json(first).GetProperty("reviewReference").GetString()));
        Assert.Equal(200, again.Status);
        Assert.Equal(["CR-2027-0001", "CR-2027-0001"], harness.Scheduler.Started);
        var history = ReviewApiHarness.Json(await harness.Api.HistoryAsync(Callers.Auditor, "CR-2027-0001", default)).GetProperty("events");
        Assert.Equal(1, history.GetArrayLength());
        Assert.Equal(("admin@board.example", BoardRoles.Admin), (history[0].GetProperty("actor").GetProperty("email").GetString(), history[0].GetProperty("actor").GetProperty("role").GetString()));
        Assert.Equal("2027-02-08T10:00:00+00:00", history[0].GetProperty("event").GetProperty("at").GetString());
        Assert.Equal("referral-received", history[0].GetProperty("event").GetProperty("type").GetString());
        var index = await harness.Storage.Index.GetAsync("CR-2027-0001", default);
        Assert.Equal(("scr", "england", "referral", "records-secured"), (index!.Entry.Kind, index.Entry.Nation, index.Entry.Stage, index.Entry.NextDueStep));
        Assert.Equal(new DateTimeOffset(2027, 2, 9, 10, 0, 0, TimeSpan.Zero), index.Entry.NextDue);
    }

    [Fact]
    public async Task A_start_with_missing_fields_lists_every_problem()
    {
        var harness = new ReviewApiHarness(azurite);

        var response = await harness.Api.StartAsync(Callers.Admin, """{"reference":"Jane Smith","nation":"mars"}""", default);

        Assert.Equal((400, "application/problem+json; charset=utf-8"), (response.Status, response.ContentType));
        var errors = ReviewApiHarness.Json(response).GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains("'reference' must be a review reference such as CR-2027-0004.", errors);
        Assert.Contains("'nation' must be one of england, wales, scotland, northern-ireland, jersey.", errors);
    }

    [Fact]
    public async Task A_start_for_a_kind_the_nation_does_not_hold_is_refused()
    {
        var harness = new ReviewApiHarness(azurite);

        harness.Issued.Issue("CR-2027-0002", harness.Clock.Now);
        var response = await harness.Api.StartAsync(Callers.Admin, ReviewApiHarness.StartBody("CR-2027-0002", "scr", "wales"), default);

        Assert.Equal(400, response.Status);
        Assert.Equal("A 'scr' review is not held in wales.", ReviewApiHarness.Json(response).GetProperty("detail").GetString());
        Assert.Empty(harness.Scheduler.Started);
    }

    [Fact]
    public async Task The_review_shows_its_steps_with_due_dates_owners_and_status()
    {
        var harness = new ReviewApiHarness(azurite);
        var reference = await harness.StartAsync();

        var view = ReviewApiHarness.Json(await harness.Api.GetAsync(Callers.Manager, reference, default));

        Assert.Equal(("scr", "england", "referral", false), (view.GetProperty("kind").GetString(), view.GetProperty("nation").GetString(), view.GetProperty("stage").GetString(), view.GetProperty("finished").GetBoolean()));
        var steps = view.GetProperty("steps").EnumerateArray().ToList();
        var request = steps.Single(s => s.GetProperty("id").GetString() == "agency-request");
        Assert.Equal(("2027-02-09", "open", "business-manager"), (request.GetProperty("due").GetString(), request.GetProperty("status").GetString(), request.GetProperty("owner").GetString()));
        var decision = steps.Single(s => s.GetProperty("id").GetString() == "decision");
        Assert.Equal(("2027-03-08", "open"), (decision.GetProperty("due").GetString(), decision.GetProperty("status").GetString()));
        Assert.Equal("pending", steps.Single(s => s.GetProperty("id").GetString() == "review-complete").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_step_past_its_deadline_shows_as_overdue()
    {
        var harness = new ReviewApiHarness(azurite);
        var reference = await harness.StartAsync();
        harness.Clock.Now = new DateTimeOffset(2027, 2, 10, 9, 0, 0, TimeSpan.Zero);

        var view = ReviewApiHarness.Json(await harness.Api.GetAsync(Callers.Manager, reference, default));

        var request = view.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "agency-request");
        Assert.Equal("overdue", request.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_persons_event_is_checked_recorded_and_wakes_the_review()
    {
        var harness = new ReviewApiHarness(azurite);
        var reference = await harness.StartAsync();

        var response = await harness.Api.PostEventAsync(Callers.Chair, reference, """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"child died; neglect suspected","by":"chair@board.example"}""", default);

        Assert.Equal(202, response.Status);
        Assert.Equal([reference], harness.Scheduler.Changed);
        var view = ReviewApiHarness.Json(await harness.Api.GetAsync(Callers.Manager, reference, default));
        Assert.Equal("review", view.GetProperty("stage").GetString());
        Assert.Equal("2027-08-08", view.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "review-complete").GetProperty("due").GetString());
    }

    [Theory]
    [InlineData("bm@board.example", """{"type":"step-completed","step":"agency-reqest","by":"bm@board.example"}""", 400, "'agency-reqest' is not a step of a scr review.")]
    [InlineData("chair@board.example", """{"type":"extension-agreed","newDue":"2027-10-01","by":"chair@board.example"}""", 400, "The 'extension-agreed' event is not complete: add 'reason'.")]
    [InlineData("chair@board.example", """{"type":"extension-agreed","newDue":"2027-10-01","reason":"x","by":"bm@board.example"}""", 403, "'by' must be you: you are signed in as chair@board.example.")]
    [InlineData("chair@board.example", """{"type":"records-status-decided","keep":false,"by":"chair@board.example"}""", 409, "Whether the records stay locked is decided at 'records-secure-status', which is pending.")]
    [InlineData("chair@board.example", """{"type":"extension-agreed","newDue":"someday","reason":"x","by":"chair@board.example"}""", 400, "The 'extension-agreed' event is not complete or has a wrong value: ")]
    [InlineData("chair@board.example", """{"type":"extension-agreed","newDue":"2027-10-01","reason":"","by":"chair@board.example"}""", 400, "An extension needs a reason: it is reported with the new date.")]
    [InlineData("bm@board.example", """{"type":"extension-agreed","newDue":"2027-10-01","reason":"x"}""", 403, "Agreeing an extension needs Board.Chair or Board.Admin.")]
    [InlineData("chair@board.example", """{"type":"notice-sent","notice":"x","step":"y","occurrence":1}""", 400, "'notice-sent' cannot be posted")]
    [InlineData("bm@board.example", """{"type":"step-completed","step":"panel-convened","by":"bm@board.example","at":"2020-01-01T00:00:00Z"}""", 400, "'at' is set by the server")]
    [InlineData("bm@board.example", """not json""", 400, "The body is not valid JSON")]
    [InlineData("bm@board.example", """{"type":"member-added","email":"a@board.example","role":"mayor"}""", 400, "'mayor' is not a review role.")]
    [InlineData("bm@board.example", """{"type":"member-added","email":"a@elsewhere.example","role":"panel-chair"}""", 403, "The address is outside the partnership's e-mail domains: adding it to a review needs Board.Admin")]
    [InlineData("bm@board.example", """{"type":"step-completed","step":"panel-recommendation"}""", 403, "is for the review's subgroup-chair. To record it on their behalf, give the 'justification'.")]
    [InlineData("panel@board.example", """{"type":"step-completed","step":"panel-recommendation"}""", 403, "is for the review's subgroup-chair: you are not a member of review CR-2027-0001 in that role.")]
    public async Task A_bad_event_gets_a_problem_saying_exactly_what_is_wrong(string who, string body, int status, string detail)
    {
        var harness = new ReviewApiHarness(azurite);
        var reference = await harness.StartAsync();
        var caller = new[] { Callers.Manager, Callers.Chair, Callers.PanelChair }.Single(c => c.Email == who);
        var before = (await harness.Service.LoadStateAsync(reference, default))!.Version;

        var response = await harness.Api.PostEventAsync(caller, reference, body, default);

        Assert.Equal((status, "application/problem+json; charset=utf-8"), (response.Status, response.ContentType));
        Assert.Contains(detail, ReviewApiHarness.Json(response).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(harness.Scheduler.Changed);
        Assert.Equal(before, (await harness.Service.LoadStateAsync(reference, default))!.Version);
    }

    [Fact]
    public async Task Completing_a_step_twice_is_a_conflict()
    {
        var harness = new ReviewApiHarness(azurite);
        var reference = await harness.StartAsync();
        const string body = """{"type":"step-completed","step":"panel-convened","note":"met on Monday"}""";
        Assert.Equal(202, (await harness.Api.PostEventAsync(Callers.Manager, reference, body, default)).Status);

        var again = await harness.Api.PostEventAsync(Callers.Manager, reference, body, default);

        Assert.Equal(409, again.Status);
        Assert.Equal("'panel-convened' was already completed on 2027-02-08 by bm@board.example.", ReviewApiHarness.Json(again).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_review_is_404_and_an_oversized_body_is_413()
    {
        var harness = new ReviewApiHarness(azurite);

        Assert.Equal(404, (await harness.Api.GetAsync(Callers.Manager, "CR-2027-9999", default)).Status);
        Assert.Equal(404, (await harness.Api.HistoryAsync(Callers.Manager, "CR-2027-9999", default)).Status);
        Assert.Equal(404, (await harness.Api.PostEventAsync(Callers.Manager, "CR-2027-9999", """{"type":"step-completed","step":"x"}""", default)).Status);
        Assert.Equal(413, (await harness.Api.PostEventAsync(Callers.Manager, "CR-2027-9999", new string('x', 70_000), default)).Status);
    }

    [Fact]
    public async Task Reviews_are_listed_from_the_index_and_can_be_filtered_to_open_ones()
    {
        var harness = new ReviewApiHarness(azurite);
        await harness.StartAsync("CR-2027-0001");
        await harness.StartAsync("CR-2027-0002");
        await harness.Api.PostEventAsync(Callers.Chair, "CR-2027-0002", """{"type":"decision-recorded","outcome":"no-review","kind":"maca","reasons":"criteria not met","by":"chair@board.example"}""", default);

        var all = ReviewApiHarness.Json(await harness.Api.ListAsync(Callers.Auditor, null, null, null, null, default)).GetProperty("reviews");
        var maca = ReviewApiHarness.Json(await harness.Api.ListAsync(Callers.Manager, null, "maca", null, null, default)).GetProperty("reviews");

        Assert.Equal(2, all.GetArrayLength());
        Assert.Equal("CR-2027-0002", Assert.Single(maca.EnumerateArray()).GetProperty("reference").GetString());
        Assert.Equal(400, (await harness.Api.ListAsync(Callers.Manager, "maybe", null, null, null, default)).Status);
        Assert.Equal(400, (await harness.Api.ListAsync(Callers.Manager, null, null, "0", null, default)).Status);
    }

    [Fact]
    public async Task The_loops_decision_is_recorded_once_and_its_commands_handed_out()
    {
        var harness = new ReviewApiHarness(azurite);
        var reference = await harness.StartAsync();

        var first = await harness.Service.DecideAsync(reference, harness.Clock.Now, default);
        var second = await harness.Service.DecideAsync(reference, harness.Clock.Now, default);

        Assert.Contains(first.Commands, c => c is SendNotice { Step: "agency-request" });
        Assert.Contains(second.Commands, c => c is SendNotice { Step: "agency-request" });
        var history = (await harness.Service.LoadHistoryAsync(reference, default))!.History;
        Assert.Single(history, h => h.Event is NoticeIssued { Step: "agency-request" });
        Assert.True(first.NextWake > harness.Clock.Now);

        await harness.Service.RecordObservedAsync(reference, [new NoticeSent(harness.Clock.Now, "agency-request-letter", "agency-request", 1, "m1"), new NoticeSent(harness.Clock.Now, "agency-request-letter", "agency-request", 1, "m1")], default);
        var third = await harness.Service.DecideAsync(reference, harness.Clock.Now, default);
        Assert.DoesNotContain(third.Commands, c => c is SendNotice { Step: "agency-request" });
        Assert.Single((await harness.Service.LoadHistoryAsync(reference, default))!.History, h => h.Event is NoticeSent);
    }

    [Fact]
    public async Task People_recording_at_the_same_time_never_lose_an_event()
    {
        var harness = new ReviewApiHarness(azurite);
        var reference = await harness.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            harness.Api.PostEventAsync(Callers.Manager, reference, $$"""{"type":"member-added","email":"member{{i}}@board.example","role":"panel-chair","by":"bm@board.example"}""", default)));
        var decided = harness.Service.DecideAsync(reference, harness.Clock.Now, default);

        Assert.All(results, r => Assert.Equal(202, r.Status));
        await decided;
        var view = ReviewApiHarness.Json(await harness.Api.GetAsync(Callers.Manager, reference, default));
        Assert.Equal(10, view.GetProperty("members").GetArrayLength());
        var history = (await harness.Service.LoadHistoryAsync(reference, default))!.History;
        Assert.Equal(Enumerable.Range(1, history.Count).Select(i => (long)i), history.Select(h => h.Sequence));
    }
}
