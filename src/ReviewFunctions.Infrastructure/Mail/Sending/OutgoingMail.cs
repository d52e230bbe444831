namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// One e-mail to send. Each address in <see cref="To"/> gets its own copy (one personalization each), so bodies and
/// agencies written to together never see each other's addresses.
/// </summary>
/// <param name="CustomArgs">Ties the message to its review and notice in SendGrid's activity and webhooks.</param>
/// <param name="AtMostOnce">For reminders: never retried after a failure that may hide an accepted message.</param>
public sealed record OutgoingMail(
    IReadOnlyList<EmailAddress> To,
    string Subject,
    string Text,
    string Html,
    IReadOnlyList<MailAttachment> Attachments,
    IReadOnlyList<string> Categories,
    IReadOnlyDictionary<string, string> CustomArgs,
    EmailAddress? ReplyTo = null,
    bool AtMostOnce = false);

public sealed record EmailAddress(string Email, string? Name = null);

/// <param name="ContentId">Set for an inline attachment an HTML body refers to as <c>cid:</c>.</param>
public sealed record MailAttachment(string Filename, string ContentType, ReadOnlyMemory<byte> Content, string? ContentId = null);

/// <summary>What the mail service said: its message id (null in sandbox mode, where nothing is delivered).</summary>
public sealed record MailSendResult(string? MessageId, int Status, bool Sandbox, int Attempts);

/// <summary>Sends e-mail. <see cref="SendGridMailSender"/>, over the SendGrid package, is the one implementation.</summary>
public interface IMailSender
{
    /// <exception cref="SendGridRejectedException">The service refused the message (4xx): retrying will not help.</exception>
    /// <exception cref="SendGridUnavailableException">The service stayed busy or unreachable through every retry.</exception>
    Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken ct);

    /// <summary>
    /// Asks the service for a message it accepted carrying this custom arg. It can only say where it keeps a history
    /// (SendGrid's paid Email Activity); otherwise, or when the search fails, the answer is <see cref="MailSearchAnswer.CannotTell"/>.
    /// </summary>
    Task<MailSearch> FindAcceptedAsync(string customArg, string value, CancellationToken ct);
}

public enum MailSearchAnswer
{
    Found,
    NotFound,
    CannotTell,
}

/// <summary>What the mail service said when asked for a message by its idempotency key, and the message's id if found.</summary>
public sealed record MailSearch(MailSearchAnswer Answer, string? MessageId = null)
{
    public static MailSearch CannotTell { get; } = new(MailSearchAnswer.CannotTell);

    public static MailSearch NotFound { get; } = new(MailSearchAnswer.NotFound);
}
