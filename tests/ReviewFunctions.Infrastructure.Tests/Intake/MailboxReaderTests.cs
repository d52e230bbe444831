using System.Text.Json.Nodes;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;
using ReviewFunctions.Infrastructure.Tests.Support;
using Xunit.Abstractions;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>
/// The mailbox reader through the real Graph SDK against a local fake of Graph's mail endpoints: the exact requests
/// it makes, delta paging and the delta link it keeps, attachments, folders, moves and throttling.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class MailboxReaderTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Mbx = FakeGraph.Mailbox;
    private FakeGraph _graph = null!;

    public async Task InitializeAsync() => _graph = await FakeGraph.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private (IntakeMailboxReader Reader, IntakeHarness Intake) Reader(IntakeHarness? intake = null)
    {
        intake ??= new IntakeHarness(azurite);
        var client = IntakeGraphClient.Create(new FakeTokenCredential("test-token"), _graph.BaseUrl);
        var attempts = MailboxAttempts.Create(azurite.Connection, TestStorage.Options(), Unique.Table("Attempts"), TimeProvider.System);
        var reader = new IntakeMailboxReader(client, new IntakeMailboxOptions { Mailbox = Mbx }, intake.Pipeline, intake.Pipeline.DeltaLinks, attempts, new RecordingLogger<IntakeMailboxReader>());
        return (reader, intake);
    }

    private void Inbox(string id, string sample) => _graph.AddMessage(id, JsonNode.Parse(Samples.Bytes(sample))!.AsObject());

    [Fact]
    public async Task A_first_poll_pages_the_inbox_handles_each_message_and_keeps_the_delta_link()
    {
        Inbox("m1", "ref-a.email.json");
        Inbox("m2", "ref-b.body.email.json");
        _graph.AddMessage("m3", Messages.Json("<hello@x.example>", "Hello, please call me about a child."));
        _graph.FirstPage.AddRange(["m1", "m2"]);
        _graph.SecondPage.Add("m3");
        _graph.ThrottleNext("/messages/m1/attachments");
        var (reader, intake) = Reader();

        var poll = await reader.PollAsync(default);
        Assert.Equal(new MailboxPoll(Received: 3, Started: 2, Duplicates: 0, Invalid: 1, NeedsAttention: 1, Deferred: 0, DeltaLinkSaved: true), poll);
        var users = $"/v1.0/users/{Mbx}";
        Assert.Equal(
            [
                $"GET {users}/mailFolders/inbox/messages/delta()?$select=id,internetMessageId,subject,from,receivedDateTime,body,hasAttachments",
                $"GET {users}/messages/m1/attachments",
                $"GET {users}/messages/m1/attachments",
                $"GET {users}/mailFolders?$filter=displayName eq 'Processed'",
                $"POST {users}/mailFolders",
                $"POST {users}/messages/m1/move",
                $"POST {users}/messages/m2/move",
                $"GET {users}/mailFolders/inbox/messages/delta?$skiptoken=page2",
                $"GET {users}/mailFolders?$filter=displayName eq 'Needs attention'",
                $"POST {users}/mailFolders",
                $"POST {users}/messages/m3/move",
            ],
            _graph.Requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.All(_graph.Requests, r => Assert.Equal("Bearer test-token", r.Authorization));
        Assert.All(_graph.Requests, r => Assert.Contains("IdType=\"ImmutableId\"", r.Prefer, StringComparison.Ordinal));
        Assert.Contains("odata.maxpagesize=50", _graph.Requests[0].Prefer, StringComparison.Ordinal);
        Assert.Equal("""{"displayName":"Processed"}""", _graph.Requests[4].Body);
        Assert.Equal($$"""{"DestinationId":"{{_graph.Folders["Processed"]}}"}""", _graph.Requests[5].Body);
        Assert.Equal(new Dictionary<string, string> { ["m1"] = _graph.Folders["Processed"], ["m2"] = _graph.Folders["Processed"], ["m3"] = _graph.Folders["Needs attention"] }, _graph.Moved);
        Assert.EndsWith("/messages/delta?$deltatoken=round1", await intake.Pipeline.DeltaLinks.GetAsync(Mbx, default), StringComparison.Ordinal);
        Assert.Equal(["CR-2027-0001", "CR-2027-0002"], intake.Starter.Started.Keys.Order());
    }

    [Fact]
    public async Task A_429_is_retried_after_the_time_Graph_asked_for()
    {
        Inbox("m1", "ref-a.email.json");
        _graph.FirstPage.Add("m1");
        _graph.ThrottleNext("/messages/m1/attachments", retryAfter: "2");
        var (reader, _) = Reader();

        await reader.PollAsync(default);

        var tries = _graph.Requests.Where(r => r.PathAndQuery.EndsWith("/messages/m1/attachments", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, tries.Count);
        var waited = tries[1].At - tries[0].At;
        output.WriteLine($"Retry-After: 2 -> retried after {waited.TotalSeconds:F2} s");
        Assert.InRange(waited, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_next_poll_starts_from_the_delta_link_skips_what_was_moved_and_recognises_a_repeat()
    {
        Inbox("m1", "ref-a.email.json");
        Inbox("m4", "ref-a.body.email.json");
        _graph.FirstPage.Add("m1");
        _graph.NextRound.Add("m4");
        var (reader, intake) = Reader();
        await reader.PollAsync(default);
        var before = _graph.Requests.Count;

        var poll = await reader.PollAsync(default);

        Assert.Equal(new MailboxPoll(1, 0, 1, 0, 0, 0, true), poll);
        var second = _graph.Requests.Skip(before).Select(r => $"{r.Method} {r.PathAndQuery}").ToList();
        Assert.Equal([$"GET /v1.0/users/{Mbx}/mailFolders/inbox/messages/delta?$deltatoken=round1", $"POST /v1.0/users/{Mbx}/messages/m4/move"], second);
        Assert.Single(intake.Starter.Started);
        Assert.EndsWith("$deltatoken=round2", await intake.Pipeline.DeltaLinks.GetAsync(Mbx, default), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_that_cannot_be_settled_stays_in_the_inbox_and_the_delta_link_does_not_move()
    {
        Inbox("m1", "ref-a.email.json");
        Inbox("m5", "ref-b.email.json");
        _graph.FirstPage.AddRange(["m1", "m5"]);
        _graph.LostAttachments.Add("m5");
        var (reader, intake) = Reader();

        var poll = await reader.PollAsync(default);

        Assert.Equal((1, false), (poll.Deferred, poll.DeltaLinkSaved));
        Assert.False(_graph.Moved.ContainsKey("m5"));
        Assert.Null(await intake.Pipeline.DeltaLinks.GetAsync(Mbx, default));
    }

    [Fact]
    public async Task A_form_forwarded_as_an_attached_e_mail_is_fetched_with_its_item()
    {
        var original = JsonNode.Parse(Samples.Bytes("ref-a.email.json"))!.AsObject();
        _graph.AddMessage("m6", Messages.Json("<fwd@x.example>", "See the attached e-mail.", fromName: "Ann Board", fromAddress: "ann.board@westbridge.example.gov.uk", attachments: Messages.Item("SCR referral - Child A", original)));
        _graph.FirstPage.Add("m6");
        var (reader, intake) = Reader();

        var poll = await reader.PollAsync(default);

        Assert.Equal(1, poll.Started);
        Assert.Contains(_graph.Requests, r => r.PathAndQuery == $"/v1.0/users/{Mbx}/messages/m6/attachments/m6-att1?$expand=microsoft.graph.itemattachment/item");
        Assert.Equal(["ann.board@westbridge.example.gov.uk", "priya.raman@westbridge.example.gov.uk"], intake.Replies.Sent.Select(r => r.To.Address));
    }

    [Fact]
    public async Task Replies_go_from_the_shared_mailbox_in_the_same_conversation_or_as_a_new_message()
    {
        var client = IntakeGraphClient.Create(new FakeTokenCredential("test-token"), _graph.BaseUrl);
        Inbox("m1", "ref-a.body.email.json");
        var replies = new GraphIntakeReplies(client, Mbx);

        await replies.AcknowledgeAsync(new IntakeReplyTo("priya.raman@westbridge.example.gov.uk", "Priya Raman", "m1"), "CR-2027-0001", default);
        await replies.RejectAsync(new IntakeReplyTo("sam@x.example", null, null), [new IntakeProblem("child.name", "Please give the child's name.")], default);

        // In the conversation, with nothing of the referral quoted beneath and not its subject line either.
        var draft = Assert.Single(_graph.Drafts.Values);
        var draftPath = $"/v1.0/users/{Mbx}/messages/{draft["id"]}";
        Assert.Equal(
            [$"POST /v1.0/users/{Mbx}/messages/m1/createReply", $"PATCH {draftPath}", $"POST {draftPath}/send"],
            _graph.Requests.Where(r => r.PathAndQuery.Contains("/messages/", StringComparison.Ordinal)).Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.Equal(IntakeReplyText.AcknowledgementSubject("CR-2027-0001"), draft["subject"]!.GetValue<string>());
        Assert.Equal(IntakeReplyText.Acknowledgement("Priya Raman", "CR-2027-0001"), draft["body"]!["content"]!.GetValue<string>());
        Assert.Equal("priya.raman@westbridge.example.gov.uk", draft["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());

        var sent = FakeGraph.Json(_graph.Requests.Single(r => r.PathAndQuery == $"/v1.0/users/{Mbx}/sendMail").Body);
        Assert.Equal(IntakeReplyText.RejectionSubject, sent["message"]!["subject"]!.GetValue<string>());
        Assert.Equal("sam@x.example", sent["message"]!["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
        Assert.Contains("1. The child's name: please give it, once.", sent["message"]!["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
