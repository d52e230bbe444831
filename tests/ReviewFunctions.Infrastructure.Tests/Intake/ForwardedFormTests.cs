using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>A form forwarded by someone else: the form says who the referrer is, and the original sender is known.</summary>
public sealed class ForwardedFormTests
{
    private static readonly DateOnly Received = new(2027, 2, 9);

    private const string ForwardedBody = """
        Forwarding this referral from our duty team, as asked.
        Ann Board
        ________________________________
        From: Priya Raman <priya.raman@westbridge.example.gov.uk>
        Sent: 08 February 2027 10:30
        To: Ann Board <ann.board@westbridge.example.gov.uk>
        Subject: SCR referral - Child A

        Please find the referral form attached.
        """;

    private static ReferralReading Forwarded(FormContent form) =>
        ReferralReader.Read(
            Messages.Parse(Messages.Json("<fwd@westbridge.example.gov.uk>", ForwardedBody, fromName: "Ann Board", fromAddress: "ann.board@westbridge.example.gov.uk", subject: "FW: SCR referral - Child A", attachments: Messages.File("referral.docx", form.ToDocx()))),
            Received,
            new IntakeLimits());

    [Fact]
    public void The_original_sender_is_found_in_the_quoted_header()
    {
        var reading = Forwarded(new FormContent());

        Assert.Equal(new MailAddress("priya.raman@westbridge.example.gov.uk", "Priya Raman"), reading.OriginalSender);
        Assert.Equal("ann.board@westbridge.example.gov.uk", reading.Sender!.Address);
        Assert.Equal("priya.raman@westbridge.example.gov.uk", reading.Referral!.Referrer.Email);
    }

    [Fact]
    public void When_the_form_names_the_original_sender_without_an_address_their_address_is_the_referrers()
    {
        var reading = Forwarded(new FormContent().WithReferrer("EMAIL", string.Empty).WithReferrer("NAME", "RAMAN, Priya"));

        Assert.Empty(reading.Problems);
        Assert.Equal("priya.raman@westbridge.example.gov.uk", reading.Referral!.Referrer.Email);
    }

    [Fact]
    public void When_the_form_names_someone_else_the_forwarders_address_is_not_assumed()
    {
        var reading = Forwarded(new FormContent().WithReferrer("EMAIL", string.Empty).WithReferrer("NAME", "Sam Okafor"));

        Assert.Equal("referrer.email", Assert.Single(reading.Problems).Field);
        Assert.Equal("Sam Okafor", reading.Referral!.Referrer.Name);
    }

    [Fact]
    public void A_form_in_an_e_mail_attached_to_the_forward_is_read_and_its_sender_is_the_original()
    {
        var original = Messages.Json("<orig@westbridge.example.gov.uk>", attachments: Messages.File("referral.docx", new FormContent().WithReferrer("EMAIL", string.Empty).ToDocx()));
        var forward = Messages.Json("<fwd2@westbridge.example.gov.uk>", "See attached e-mail.", fromName: "Ann Board", fromAddress: "ann.board@westbridge.example.gov.uk", attachments: Messages.Item("SCR referral - Child A", original));

        var reading = ReferralReader.Read(Messages.Parse(forward), Received, new IntakeLimits());

        Assert.Empty(reading.Problems);
        Assert.Equal(ReferralSource.WordAttachment, reading.Source);
        Assert.Equal("priya.raman@westbridge.example.gov.uk", reading.OriginalSender!.Address);
        Assert.Equal("priya.raman@westbridge.example.gov.uk", reading.Referral!.Referrer.Email);
    }

    [Fact]
    public void Without_a_forward_the_sender_is_the_referrer_only_when_the_form_names_them()
    {
        var message = Messages.Json("<direct@westbridge.example.gov.uk>", attachments: Messages.File("referral.docx", new FormContent().WithReferrer("EMAIL", string.Empty).ToDocx()));

        var reading = ReferralReader.Read(Messages.Parse(message), Received, new IntakeLimits());

        Assert.Null(reading.OriginalSender);
        Assert.Equal("priya.raman@westbridge.example.gov.uk", reading.Referral!.Referrer.Email);
    }
}
