using System.Net;
using ReviewFunctions.Infrastructure.Mail;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Answers referrers through the notice mail service (SendGrid, or the local endpoint on one machine), for referrals
/// that did not arrive through the intake mailbox and so have no conversation to reply in.
/// </summary>
public sealed class MailIntakeReplies(IMailSender mail) : IIntakeReplies
{
    public Task AcknowledgeAsync(IntakeReplyTo to, string reference, CancellationToken ct) =>
        SendAsync(to, IntakeReplyText.AcknowledgementSubject(reference), IntakeReplyText.Acknowledgement(to.Name, reference), reference, ct);

    public Task RejectAsync(IntakeReplyTo to, IReadOnlyList<IntakeProblem> problems, CancellationToken ct) =>
        SendAsync(to, IntakeReplyText.RejectionSubject, IntakeReplyText.Rejection(to.Name, problems), null, ct);

    public Task HoldAsync(IntakeReplyTo to, CancellationToken ct) =>
        SendAsync(to, IntakeReplyText.HoldingSubject, IntakeReplyText.Holding(to.Name), null, ct);

    public Task AlertAsync(IntakeReplyTo to, string quarantineId, string exceptionType, CancellationToken ct) =>
        SendAsync(to, IntakeReplyText.AlertSubject, IntakeReplyText.Alert(quarantineId, exceptionType), null, ct);

    private async Task SendAsync(IntakeReplyTo to, string subject, string text, string? reference, CancellationToken ct)
    {
        var html = "<p>" + string.Join("</p><p>", text.Split("\n\n").Select(p => WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal))) + "</p>";
        var args = reference is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["review_reference"] = reference };
        await mail.SendAsync(new OutgoingMail([new EmailAddress(to.Address, to.Name)], subject, text, html, [], ["intake-reply"], args, AtMostOnce: true), ct).ConfigureAwait(false);
    }
}
