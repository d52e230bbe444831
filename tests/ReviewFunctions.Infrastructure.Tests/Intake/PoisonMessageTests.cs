using System.Text.Json.Nodes;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>
/// A referral intake fails on (here a Word form that makes the parser throw) is tried on a few polls, then kept in
/// quarantine with the error, its sender given a holding reply and the business manager alerted, and the reader moves
/// past it; the messages behind it are read all along.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class PoisonMessageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Mbx = FakeGraph.Mailbox;
    private const string Manager = "business-manager@westbridge-scp.example";
    private const string PoisonId = "<crashing-form@westbridge.example.gov.uk>";
    private static readonly string PoisonKey = IntakeKeys.Message(PoisonId, default);
    private FakeGraph _graph = null!;

    public async Task InitializeAsync() => _graph = await FakeGraph.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task A_referral_that_makes_the_parser_throw_is_quarantined_after_three_tries_and_the_reader_moves_on()
    {
        var form = HostileFiles.CheckBoxInNoState();
        _graph.AddMessage("poison", Messages.Json(PoisonId, attachments: Messages.File("referral.docx", form)));
        _graph.AddMessage("m1", JsonNode.Parse(Samples.Bytes("ref-a.email.json"))!.AsObject());
        _graph.FirstPage.AddRange(["poison", "m1"]);
        var (reader, intake, log) = Reader(new IntakeMailboxOptions { Mailbox = Mbx });

        var first = await reader.PollAsync(default);
        _graph.AddMessage("m2", JsonNode.Parse(Samples.Bytes("ref-b.email.json"))!.AsObject());
        _graph.SecondPage.Add("m2");
        var second = await reader.PollAsync(default);

        Assert.Equal(new MailboxPoll(Received: 2, Started: 1, Duplicates: 0, Invalid: 0, NeedsAttention: 0, Deferred: 1, DeltaLinkSaved: false, Failed: 1), first);
        Assert.Equal(new MailboxPoll(Received: 2, Started: 1, Duplicates: 0, Invalid: 0, NeedsAttention: 0, Deferred: 1, DeltaLinkSaved: false, Failed: 1), second);
        Assert.Equal(["CR-2027-0001", "CR-2027-0002"], intake.Starter.Started.Keys.Order());
        Assert.False(_graph.Moved.ContainsKey("poison"));
        Assert.Null(await intake.Pipeline.DeltaLinks.GetAsync(Mbx, default));
        Assert.Equal(
            [
                $"Warning: Intake failed on message {PoisonKey} (System.FormatException), failure 1 of 3; it stays in the inbox for the next poll",
                $"Warning: Intake failed on message {PoisonKey} (System.FormatException), failure 2 of 3; it stays in the inbox for the next poll",
            ],
            log.Lines.Where(l => l.Contains(PoisonKey, StringComparison.Ordinal)));
        Assert.Null(await intake.Documents.GetAsync(IntakeDocuments.Quarantined(PoisonKey), default));

        var before = _graph.Requests.Count;
        var third = await reader.PollAsync(default);

        Assert.Equal(new MailboxPoll(Received: 1, Started: 0, Duplicates: 0, Invalid: 0, NeedsAttention: 1, Deferred: 0, DeltaLinkSaved: true, Failed: 1), third);
        Assert.Equal(_graph.Folders["Needs attention"], _graph.Moved["poison"]);
        Assert.EndsWith("$deltatoken=round1", await intake.Pipeline.DeltaLinks.GetAsync(Mbx, default), StringComparison.Ordinal);
        Assert.Contains($"Error: Intake failed on message {PoisonKey} 3 times (System.FormatException); quarantined as {PoisonKey} and moved to Needs attention", log.Lines);

        // The message as the reader built it, the Word form included, and the error beside it without a word of the message.
        var kept = JsonNode.Parse((await intake.Documents.GetAsync(IntakeDocuments.Quarantined(PoisonKey), default))!.Content.ToArray())!;
        Assert.Equal(PoisonId, kept["internetMessageId"]!.GetValue<string>());
        Assert.Equal(form, Convert.FromBase64String(kept["attachments"]![0]!["contentBytes"]!.GetValue<string>()));
        var errorText = System.Text.Encoding.UTF8.GetString((await intake.Documents.GetAsync(IntakeDocuments.QuarantineError(PoisonKey), default))!.Content.Span);
        var error = JsonNode.Parse(errorText)!;
        Assert.Equal(("intake-failed", "System.FormatException"), (error["reason"]!.GetValue<string>(), error["exceptionType"]!.GetValue<string>()));
        Assert.Contains("DocxFormReader", error["stackTrace"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var content in new[] { "maybe", "text value", "Priya", "SCR referral", "referral.docx", "crashing-form" })
        {
            Assert.DoesNotContain(content, errorText, StringComparison.OrdinalIgnoreCase);
        }

        // The holding reply, in the sender's conversation; the alert, to the business manager from the shared mailbox.
        var users = $"/v1.0/users/{Mbx}";
        var draft = Assert.Single(_graph.Drafts.Values, d => d["subject"]!.GetValue<string>() == IntakeReplyText.HoldingSubject);
        var draftPath = $"{users}/messages/{draft["id"]}";
        Assert.Equal(
            [
                $"POST {users}/messages/poison/createReply",
                $"PATCH {draftPath}",
                $"POST {draftPath}/send",
                $"POST {users}/sendMail",
                $"POST {users}/messages/poison/move",
            ],
            _graph.Requests.Skip(before).Where(r => r.Method != "GET" && !r.PathAndQuery.EndsWith("/mailFolders", StringComparison.Ordinal)).Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.Equal(IntakeReplyText.Holding("Priya Raman"), draft["body"]!["content"]!.GetValue<string>());
        Assert.Equal("priya.raman@westbridge.example.gov.uk", draft["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
        var alert = FakeGraph.Json(_graph.Requests.Single(r => r.PathAndQuery == $"{users}/sendMail").Body)["message"]!;
        Assert.Equal(Manager, alert["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
        Assert.Equal((IntakeReplyText.AlertSubject, IntakeReplyText.Alert(PoisonKey, "System.FormatException")), (alert["subject"]!.GetValue<string>(), alert["body"]!["content"]!.GetValue<string>()));

        before = _graph.Requests.Count;
        var fourth = await reader.PollAsync(default);

        Assert.Equal(new MailboxPoll(0, 0, 0, 0, 0, 0, true), fourth);
        Assert.Equal([$"GET {users}/mailFolders/inbox/messages/delta?$deltatoken=round1"], _graph.Requests.Skip(before).Select(r => $"{r.Method} {r.PathAndQuery}"));
        var logs = string.Join('\n', log.Lines.Concat(intake.Log.Lines));
        foreach (var personal in new[] { "Priya", "Raman", "westbridge.example", "crashing-form", "SCR referral", "maybe" })
        {
            Assert.DoesNotContain(personal, logs, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_number_of_tries_comes_from_the_settings()
    {
        string? Settings(string key, string? tries) => key switch
        {
            "Intake:Mailbox" => Mbx,
            "Intake__PoisonAfter" => tries,
            _ => null,
        };
        _graph.AddMessage("poison", Messages.Json(PoisonId, attachments: Messages.File("referral.docx", HostileFiles.CheckBoxInNoState())));
        _graph.FirstPage.Add("poison");
        var (reader, intake, _) = Reader(IntakeMailboxOptions.FromSettings(key => Settings(key, "1")));

        var poll = await reader.PollAsync(default);

        Assert.Equal((1, 1, 0, true), (poll.Failed, poll.NeedsAttention, poll.Deferred, poll.DeltaLinkSaved));
        Assert.NotNull(await intake.Documents.GetAsync(IntakeDocuments.Quarantined(PoisonKey), default));
        Assert.Equal(3, IntakeMailboxOptions.FromSettings(key => Settings(key, null)).PoisonAfter);
        Assert.Equal("The setting Intake__PoisonAfter must be a whole number, 1 or more.", Assert.Throws<InvalidOperationException>(() => IntakeMailboxOptions.FromSettings(key => Settings(key, "0"))).Message);
        Assert.Throws<InvalidOperationException>(() => IntakeMailboxOptions.FromSettings(key => Settings(key, "three")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IntakeMailboxOptions { Mailbox = Mbx, PoisonAfter = 0 });
    }

    [Fact]
    public async Task A_posted_referral_intake_fails_on_is_quarantined_at_once_and_answered_with_its_quarantine_id()
    {
        var intake = new IntakeHarness(azurite, o => o with { BusinessManagerEmail = Manager });
        var json = Messages.Json(PoisonId, attachments: Messages.File("referral.docx", HostileFiles.CheckBoxInNoState())).ToJsonString();

        var outcome = await intake.Pipeline.ReceiveAsync(json, (Domain.Access.Actor?)null, default);
        var http = IntakeHttp.ToResponse(outcome);

        var key = IntakeKeys.Message(null, System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal((IntakeResult.Failed, key), (outcome.Result, outcome.QuarantineId));
        Assert.Equal((500, IntakeHttp.ProblemJson), (http.Status, http.ContentType));
        var body = JsonNode.Parse(http.Body)!;
        Assert.Equal(("The message could not be processed", key), (body["title"]!.GetValue<string>(), body["quarantineId"]!.GetValue<string>()));
        Assert.DoesNotContain("maybe", http.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(json, System.Text.Encoding.UTF8.GetString((await intake.Documents.GetAsync(IntakeDocuments.Quarantined(key), default))!.Content.Span));
        Assert.NotNull(await intake.Documents.GetAsync(IntakeDocuments.QuarantineError(key), default));
        var alert = Assert.Single(intake.Replies.Sent);
        Assert.Equal((Manager, IntakeReplyText.AlertSubject), (alert.To.Address, alert.Subject));
        Assert.Contains(key, alert.Body, StringComparison.Ordinal);
    }

    private (IntakeMailboxReader Reader, IntakeHarness Intake, RecordingLogger<IntakeMailboxReader> Log) Reader(IntakeMailboxOptions options)
    {
        var client = IntakeGraphClient.Create(new FakeTokenCredential("test-token"), _graph.BaseUrl);
        var intake = new IntakeHarness(azurite, o => o with { BusinessManagerEmail = Manager }, replies: new GraphIntakeReplies(client, Mbx));
        var attempts = MailboxAttempts.Create(azurite.Connection, TestStorage.Options(), Unique.Table("Attempts"), TimeProvider.System);
        var log = new RecordingLogger<IntakeMailboxReader>();
        return (new IntakeMailboxReader(client, options, intake.Pipeline, intake.Pipeline.DeltaLinks, attempts, log), intake, log);
    }
}
