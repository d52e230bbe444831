using System.Text.Json.Nodes;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>
/// A referral's deadlines count from when the intake mailbox received it (Graph's <c>receivedDateTime</c>), never from
/// a date the sender wrote: the form's date of referral, a forwarded e-mail's "Sent:" line or an attached e-mail's
/// own time. A message with no receipt time counts from when intake received it, on the service's own clock.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ReceiptTimeTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Clock = Messages.Received.AddHours(30);

    /// <summary>ref-a typed in the body, forwarded with an older "Sent:" line and an older date of referral.</summary>
    private static JsonObject Forwarded(string id)
    {
        var body = ((JsonObject)JsonNode.Parse(Samples.Bytes("ref-a.body.email.json"))!)["body"]!["content"]!.GetValue<string>()
            .Replace("Date of referral: 08/02/2027", "Date of referral: 06/02/2027", StringComparison.Ordinal);
        var forward = "-----Original Message-----\nFrom: Priya Raman <priya.raman@westbridge.example.gov.uk>\nSent: 01 February 2027 09:00\nSubject: SCR referral\n\n" + body;
        var attached = Messages.Json("<older@x.example>", "An older copy.", received: Messages.Received.AddDays(-7));
        return Messages.Json(id, forward, fromName: "Ann Board", fromAddress: "ann.board@westbridge.example.gov.uk", attachments: [Messages.Item("older.eml", attached)]);
    }

    [Fact]
    public async Task The_receipt_time_is_the_mailbox_s_own_never_a_date_the_sender_wrote()
    {
        var intake = new IntakeHarness(azurite, time: new FixedTimeProvider(Clock));

        var outcome = await intake.ReceiveAsync(Messages.Bytes(Forwarded("<forwarded@x.example>")));

        Assert.Equal(IntakeResult.Started, outcome.Result);
        var started = Assert.Single(intake.Starter.Calls);
        Assert.Equal(Messages.Received, started.At);
        Assert.Equal(new DateOnly(2027, 2, 8), started.AwarenessDate);
    }

    [Fact]
    public async Task A_message_without_a_receipt_time_counts_from_when_intake_received_it()
    {
        var intake = new IntakeHarness(azurite, time: new FixedTimeProvider(Clock));
        var message = Forwarded("<no-time@x.example>");
        message.Remove("receivedDateTime");

        var outcome = await intake.ReceiveAsync(Messages.Bytes(message));

        Assert.Equal(IntakeResult.Started, outcome.Result);
        Assert.Equal(Clock, Assert.Single(intake.Starter.Calls).At);
    }
}
