using System.Text.Json;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>One message in, one answer out: a review started, a repeat recognised, or the message kept and the sender told why.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class IntakePipelineTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_valid_referral_starts_one_review_and_the_sender_gets_its_reference()
    {
        var intake = new IntakeHarness(azurite);
        var json = Samples.Bytes("ref-a.email.json");

        var outcome = await intake.ReceiveAsync(json);

        Assert.Equal((IntakeResult.Started, "CR-2027-0001"), (outcome.Result, outcome.Reference));
        var started = Assert.Single(intake.Starter.Calls);
        Assert.Equal(("CR-2027-0001", "scr", Nation.England, new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 8)), (started.Reference, started.Kind, started.Nation, started.IncidentDate, started.AwarenessDate));
        Assert.Equal(Messages.Received, started.At);
        Assert.Equal(["Westbridge Children's Services", "Westbridge Primary Care Trust (Health Visiting)", "Westbridge Police"], started.Agencies);
        Assert.Equal("intake", started.By);

        var reply = Assert.Single(intake.Replies.Sent);
        Assert.Equal(("priya.raman@westbridge.example.gov.uk", "CR-2027-0001"), (reply.To.Address, reply.Reference));
        Assert.Contains("The reference for this referral is CR-2027-0001.", reply.Body, StringComparison.Ordinal);

        var http = IntakeHttp.ToResponse(outcome);
        Assert.Equal((202, "application/json", """{"reviewReference":"CR-2027-0001"}"""), (http.Status, http.ContentType, http.Body));
    }

    [Fact]
    public async Task The_parsed_form_and_the_original_message_are_stored_under_the_reference()
    {
        var intake = new IntakeHarness(azurite);
        var json = Samples.Bytes("ref-b.email.json");

        var outcome = await intake.ReceiveAsync(json);

        var referral = await intake.Documents.GetAsync(IntakeDocuments.Referral(outcome.Reference!), default);
        Assert.Equal("Amira Haddad", ReferralJson.Deserialize(referral!.Content.Span).Child.Name);
        var page = await intake.Documents.ListAsync(outcome.Reference!, Storage.DocumentCategory.Referral, 10, null, default);
        var message = page.Items.Single(i => i.Path.Name.StartsWith("message-", StringComparison.Ordinal));
        Assert.Equal(json, (await intake.Documents.GetAsync(message.Path, default))!.Content.ToArray());
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_one_review_and_one_reply()
    {
        var intake = new IntakeHarness(azurite);
        var json = Samples.Bytes("ref-a.email.json");

        var first = await intake.ReceiveAsync(json);
        var second = await intake.Pipeline.ReceiveAsync(System.Text.Encoding.UTF8.GetString(json), default);

        Assert.Equal((IntakeResult.Duplicate, first.Reference), (second.Result, second.Reference));
        Assert.Single(intake.Starter.Calls);
        Assert.Single(intake.Replies.Sent);
        var http = IntakeHttp.ToResponse(second);
        Assert.Equal((200, """{"reviewReference":"CR-2027-0001"}"""), (http.Status, http.Body));
    }

    [Fact]
    public async Task The_same_form_sent_again_within_a_day_by_another_route_is_the_same_review()
    {
        var intake = new IntakeHarness(azurite);

        var word = await intake.ReceiveAsync(Samples.Bytes("ref-a.email.json"));
        var typed = await intake.ReceiveAsync(Samples.Bytes("ref-a.body.email.json"));

        Assert.Equal((IntakeResult.Duplicate, word.Reference), (typed.Result, typed.Reference));
        Assert.Single(intake.Starter.Calls);
        Assert.Equal(2, intake.Replies.Sent.Count);
    }

    [Fact]
    public async Task The_same_form_a_day_and_more_later_is_a_new_referral_with_the_next_reference()
    {
        var intake = new IntakeHarness(azurite, time: new FixedTimeProvider(Messages.Received.AddDays(3)));
        var form = new FormContent().ToDocx();

        var first = await intake.ReceiveAsync(Messages.Bytes(Messages.Json("<first@x.example>", attachments: Messages.File("f.docx", form))));
        var later = await intake.ReceiveAsync(Messages.Bytes(Messages.Json("<later@x.example>", received: Messages.Received.AddHours(25), attachments: Messages.File("f.docx", form))));

        Assert.Equal(("CR-2027-0001", IntakeResult.Started, "CR-2027-0002"), (first.Reference, later.Result, later.Reference));
    }

    [Fact]
    public async Task An_invalid_referral_is_kept_in_quarantine_and_the_sender_told_what_to_put_right()
    {
        var intake = new IntakeHarness(azurite);
        var form = new FormContent().WithChild("Date of Birth", "31/02/2023").WithReferrer("AGENCY", string.Empty).ToDocx();
        var json = Messages.Bytes(Messages.Json("<bad@x.example>", attachments: Messages.File("f.docx", form)));

        var outcome = await intake.ReceiveAsync(json);

        Assert.Equal(IntakeResult.Invalid, outcome.Result);
        Assert.Equal(["child.dateOfBirth", "referrer.agency"], outcome.Problems.Select(p => p.Field).Order());
        Assert.Empty(intake.Starter.Calls);
        var kept = await intake.Documents.GetAsync(IntakeDocuments.Quarantined(outcome.QuarantineId!), default);
        Assert.Equal(json, kept!.Content.ToArray());

        var reply = Assert.Single(intake.Replies.Sent);
        Assert.Equal(IntakeReplyText.RejectionSubject, reply.Subject);
        Assert.Contains("1. The child's date of birth: please give it once, as a real date", reply.Body, StringComparison.Ordinal);
        Assert.Contains("2. Your agency: please give it, once.", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("31/02/2023", reply.Body, StringComparison.Ordinal);

        var http = IntakeHttp.ToResponse(outcome);
        Assert.Equal((422, IntakeHttp.ProblemJson), (http.Status, http.ContentType));
        using var body = JsonDocument.Parse(http.Body);
        Assert.Equal(2, body.RootElement.GetProperty("problems").GetArrayLength());
        Assert.Contains(body.RootElement.GetProperty("problems").EnumerateArray(), p => p.GetProperty("message").GetString()!.Contains("'31/02/2023' is not a real date", StringComparison.Ordinal));
        Assert.Equal(outcome.QuarantineId, body.RootElement.GetProperty("quarantineId").GetString());
    }

    [Fact]
    public async Task An_invalid_message_delivered_again_is_not_answered_twice()
    {
        var intake = new IntakeHarness(azurite);
        var json = Messages.Bytes(Messages.Json("<nothing@x.example>", "Hello, please call me about a child."));

        await intake.ReceiveAsync(json);
        var again = await intake.ReceiveAsync(json);

        Assert.Equal(IntakeResult.Invalid, again.Result);
        Assert.Single(intake.Replies.Sent);
    }

    [Fact]
    public async Task A_crash_between_allocating_and_starting_neither_leaves_a_gap_nor_starts_twice()
    {
        var time = new SettableTime(Messages.Received.AddMinutes(1));
        var intake = new IntakeHarness(azurite, time: time);
        intake.Starter.FailNext = 1;
        var json = Samples.Bytes("ref-a.email.json");

        var crashed = await intake.ReceiveAsync(json);
        var tooSoon = await intake.ReceiveAsync(json);
        time.Now += intake.Options.ClaimLease + TimeSpan.FromSeconds(1);
        var resumed = await intake.ReceiveAsync(json);
        var next = await intake.ReceiveAsync(Samples.Bytes("ref-b.email.json"));

        Assert.Equal(IntakeResult.TryLater, crashed.Result);
        Assert.Equal((IntakeResult.Duplicate, "CR-2027-0001"), (tooSoon.Result, tooSoon.Reference));
        Assert.Equal((IntakeResult.Duplicate, "CR-2027-0001"), (resumed.Result, resumed.Reference));
        Assert.Equal(["CR-2027-0001", "CR-2027-0001"], intake.Starter.Calls.Where(c => c.Reference.EndsWith("0001", StringComparison.Ordinal)).Select(c => c.Reference));
        Assert.Equal(["CR-2027-0001", "CR-2027-0002"], intake.Starter.Started.Keys.Order());
        Assert.Equal("CR-2027-0002", next.Reference);
    }

    [Fact]
    public async Task A_review_that_cannot_start_keeps_its_reference_and_needs_a_person()
    {
        var intake = new IntakeHarness(azurite);
        intake.Starter.Reject = new Domain.Reviews.Rejection(Domain.Reviews.RejectionKind.Invalid, "Unknown kind.");

        var outcome = await intake.ReceiveAsync(Samples.Bytes("ref-a.email.json"));

        Assert.Equal((IntakeResult.NotStarted, "CR-2027-0001"), (outcome.Result, outcome.Reference));
        Assert.Equal(500, IntakeHttp.ToResponse(outcome).Status);
        Assert.Empty(intake.Replies.Sent);
    }

    [Fact]
    public async Task A_forwarded_form_is_acknowledged_to_the_forwarder_and_to_the_referrer_it_names()
    {
        var intake = new IntakeHarness(azurite);
        var json = Messages.Bytes(Messages.Json("<fwd@x.example>", "FYI", fromName: "Ann Board", fromAddress: "ann.board@westbridge.example.gov.uk", attachments: Messages.File("f.docx", new FormContent().ToDocx())));

        await intake.ReceiveAsync(json);

        Assert.Equal(["ann.board@westbridge.example.gov.uk", "priya.raman@westbridge.example.gov.uk"], intake.Replies.Sent.Select(r => r.To.Address));
    }

    [Fact]
    public async Task A_reply_that_cannot_be_sent_does_not_lose_the_referral_and_is_tried_again_on_redelivery()
    {
        var intake = new IntakeHarness(azurite);
        intake.Replies.Fail = true;
        var json = Samples.Bytes("ref-a.email.json");

        var first = await intake.ReceiveAsync(json);
        intake.Replies.Fail = false;
        var again = await intake.ReceiveAsync(json);

        Assert.Equal((IntakeResult.Started, false), (first.Result, first.Replied));
        Assert.Equal((IntakeResult.Duplicate, true), (again.Result, again.Replied));
        Assert.Single(intake.Replies.Sent);
    }

    [Theory]
    [InlineData(Nation.Wales, "cpr-concise")]
    [InlineData(Nation.NorthernIreland, "cmr")]
    public async Task The_kind_a_referral_starts_as_follows_the_boards_nation(Nation nation, string kind)
    {
        var intake = new IntakeHarness(azurite, o => o with { Nation = nation });

        await intake.ReceiveAsync(Samples.Bytes("ref-a.email.json"));

        Assert.Equal((nation, kind), (intake.Starter.Calls[0].Nation, intake.Starter.Calls[0].Kind));
    }

    [Fact]
    public async Task A_board_can_start_england_referrals_as_another_kind_and_use_its_own_prefix()
    {
        var kinds = new Dictionary<Nation, string>(IntakeOptions.StandardKinds) { [Nation.England] = "cspr" };
        var intake = new IntakeHarness(azurite, o => o with { DefaultKinds = kinds, ReferencePrefix = "WSCP" });

        var outcome = await intake.ReceiveAsync(Samples.Bytes("ref-a.email.json"));

        Assert.Equal(("WSCP-2027-0001", "cspr"), (outcome.Reference, intake.Starter.Calls[0].Kind));
    }

    [Fact]
    public async Task The_particulars_load_by_reference_from_the_stored_form()
    {
        var intake = new IntakeHarness(azurite);
        var outcome = await intake.ReceiveAsync(Samples.Bytes("ref-a.email.json"));

        var particulars = await new DocumentReviewParticularsStore(intake.Documents).GetAsync(outcome.Reference!, default);

        Assert.Equal("Jayden Marsh", particulars!.Child.Name);
        Assert.Equal(["Mother", "Mother's partner", "Sibling 1"], Domain.Notices.AliasBook.For(particulars).FamilyAliases(particulars));
        Assert.Null(await new DocumentReviewParticularsStore(intake.Documents).GetAsync("CR-2027-9999", default));
    }

    [Fact]
    public async Task Logs_carry_references_and_counts_never_names_dates_of_birth_addresses_or_subjects()
    {
        var intake = new IntakeHarness(azurite);
        await intake.ReceiveAsync(Samples.Bytes("ref-a.email.json"));
        await intake.ReceiveAsync(Samples.Bytes("ref-a.body.email.json"));
        await intake.ReceiveAsync(Messages.Bytes(Messages.Json("<bad@x.example>", new FormContent().WithChild("Date of Birth", "31/02/2023").ToBodyText(), subject: "Referral for Jayden Marsh")));

        var log = string.Join('\n', intake.Log.Lines);

        Assert.Contains("CR-2027-0001", log, StringComparison.Ordinal);
        foreach (var personal in new[] { "Jayden", "Marsh", "Priya", "Raman", "14/06/2023", "2023-06-14", "31/02/2023", "Alder Row", "WB4", "SCR referral", "westbridge.example" })
        {
            Assert.DoesNotContain(personal, log, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Storage_that_cannot_be_reached_means_try_later_not_an_exception()
    {
        // One retry, so every try failing without an answer reaches intake the way the SDK reports it.
        var storage = TestStorage.Options(maxRetries: 1);
        var unreachable = Storage.StorageConnection.FromConnectionString(azurite.ConnectionString(tableEndpoint: new Uri("http://127.0.0.1:1/devstoreaccount1"), blobEndpoint: new Uri("http://127.0.0.1:1/devstoreaccount1")));
        var log = new RecordingLogger<IntakePipeline>();
        var pipeline = IntakePipeline.Create(unreachable, storage, new IntakeOptions { Nation = Nation.England, DuplicateKeySecret = IntakeHarness.Secret }, new RecordingStarter(), new RecordingReplies(), log);

        var outcome = await pipeline.ReceiveAsync(Samples.Bytes("ref-a.email.json"), default);

        Assert.Equal(IntakeResult.TryLater, outcome.Result);
        Assert.Equal("Warning: Intake could not use storage (HTTP 0, NoResponse); the message will be received again", Assert.Single(log.Lines));
        Assert.Equal(503, IntakeHttp.ToResponse(outcome).Status);
        Assert.Equal("30", IntakeHttp.ToResponse(outcome).Headers["Retry-After"]);
    }
}
