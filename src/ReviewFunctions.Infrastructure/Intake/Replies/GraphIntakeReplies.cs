using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Messages.Item.CreateReply;
using Microsoft.Graph.Users.Item.SendMail;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Replies from the intake mailbox itself: in the same conversation when the message came through the mailbox,
/// otherwise as a new message from the mailbox (<c>sendMail</c>). A conversation reply is a draft
/// (<c>POST /users/{mailbox}/messages/{id}/createReply</c>) whose subject, body and recipient are then replaced
/// (<c>PATCH</c>) before it is sent (<c>…/send</c>): Graph's own reply would quote the referral beneath our words and
/// repeat its subject line, and would go to a Reply-To the sender chose rather than the address intake checked.
/// </summary>
public sealed class GraphIntakeReplies(GraphServiceClient graph, string mailbox) : IIntakeReplies
{
    public Task AcknowledgeAsync(IntakeReplyTo to, string reference, CancellationToken ct) =>
        SendAsync(to, IntakeReplyText.AcknowledgementSubject(reference), IntakeReplyText.Acknowledgement(to.Name, reference), ct);

    public Task RejectAsync(IntakeReplyTo to, IReadOnlyList<IntakeProblem> problems, CancellationToken ct) =>
        SendAsync(to, IntakeReplyText.RejectionSubject, IntakeReplyText.Rejection(to.Name, problems), ct);

    public Task HoldAsync(IntakeReplyTo to, CancellationToken ct) =>
        SendAsync(to, IntakeReplyText.HoldingSubject, IntakeReplyText.Holding(to.Name), ct);

    public Task AlertAsync(IntakeReplyTo to, string quarantineId, string exceptionType, CancellationToken ct) =>
        SendAsync(to, IntakeReplyText.AlertSubject, IntakeReplyText.Alert(quarantineId, exceptionType), ct);

    private async Task SendAsync(IntakeReplyTo to, string subject, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(to);
        var user = graph.Users[mailbox];
        var message = new Message
        {
            Subject = subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = text },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = to.Address, Name = to.Name } }],
        };
        if (to.MailboxMessageId is not { } id)
        {
            await user.SendMail.PostAsync(new SendMailPostRequestBody { Message = message, SaveToSentItems = true }, cancellationToken: ct).ConfigureAwait(false);
            return;
        }

        var draft = await user.Messages[id].CreateReply.PostAsync(new CreateReplyPostRequestBody(), cancellationToken: ct).ConfigureAwait(false);
        var draftId = draft?.Id ?? throw new InvalidOperationException("Graph made no reply draft.");
        await user.Messages[draftId].PatchAsync(message, cancellationToken: ct).ConfigureAwait(false);
        await user.Messages[draftId].Send.PostAsync(cancellationToken: ct).ConfigureAwait(false);
    }
}
