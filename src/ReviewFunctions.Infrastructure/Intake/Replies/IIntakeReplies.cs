namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Answers to whoever sent a referral (an acknowledgement with the review reference, what must be fixed, or a holding
/// reply when intake failed on it), and the alert that tells the Board's business manager a message needs a person.
/// </summary>
public interface IIntakeReplies
{
    Task AcknowledgeAsync(IntakeReplyTo to, string reference, CancellationToken ct);

    Task RejectAsync(IntakeReplyTo to, IReadOnlyList<IntakeProblem> problems, CancellationToken ct);

    /// <summary>Received, could not be processed automatically, a person will look at it; no reference is given.</summary>
    Task HoldAsync(IntakeReplyTo to, CancellationToken ct);

    /// <summary>Names the quarantine id and the error's type, never anything the message held.</summary>
    Task AlertAsync(IntakeReplyTo to, string quarantineId, string exceptionType, CancellationToken ct);
}

/// <summary>
/// Who to answer. <see cref="MailboxMessageId"/> is the intake mailbox's id of the message being answered, when it
/// came through the mailbox, so a mail-based sender can reply in the same conversation.
/// </summary>
public sealed record IntakeReplyTo(string Address, string? Name, string? MailboxMessageId);
