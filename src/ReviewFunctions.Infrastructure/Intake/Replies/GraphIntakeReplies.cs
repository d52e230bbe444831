using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Messages.Item.Reply;
using Microsoft.Graph.Users.Item.SendMail;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Replies from the intake mailbox itself: in the same conversation (<c>POST /users/{mailbox}/messages/{id}/reply</c>)
/// when the message came through the mailbox, otherwise as a new message from the mailbox (<c>sendMail</c>).
/// </summary>
public sealed class GraphIntakeReplies(GraphServiceClient graph, string mailbox) : IIntakeReplies
{
    public Task AcknowledgeAsync(IntakeReplyTo to, string reference, CancellationToken ct) =>
        SendAsync(to, IntakeReplyText.AcknowledgementSubject(reference), IntakeReplyText.Acknowledgement(to.Name, reference), ct);

    public Task RejectAsync(IntakeReplyTo to, IReadOnlyList<IntakeProblem> problems, CancellationToken ct) =>
        SendAsync(to, IntakeReplyText.RejectionSubject, IntakeReplyText.Rejection(to.Name, problems), ct);

    private Task SendAsync(IntakeReplyTo to, string subject, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(to);
        var user = graph.Users[mailbox];
        if (to.MailboxMessageId is { } id)
        {
            return user.Messages[id].Reply.PostAsync(new ReplyPostRequestBody { Comment = text }, cancellationToken: ct);
        }

        var message = new Message
        {
            Subject = subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = text },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = to.Address, Name = to.Name } }],
        };
        return user.SendMail.PostAsync(new SendMailPostRequestBody { Message = message, SaveToSentItems = true }, cancellationToken: ct);
    }
}
