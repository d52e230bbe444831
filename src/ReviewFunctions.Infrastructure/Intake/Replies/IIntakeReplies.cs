namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>Answers to whoever sent a referral: an acknowledgement with the review reference, or what must be fixed.</summary>
public interface IIntakeReplies
{
    Task AcknowledgeAsync(IntakeReplyTo to, string reference, CancellationToken ct);

    Task RejectAsync(IntakeReplyTo to, IReadOnlyList<IntakeProblem> problems, CancellationToken ct);
}

/// <summary>
/// Who to answer. <see cref="MailboxMessageId"/> is the intake mailbox's id of the message being answered, when it
/// came through the mailbox, so a mail-based sender can reply in the same conversation.
/// </summary>
public sealed record IntakeReplyTo(string Address, string? Name, string? MailboxMessageId);
