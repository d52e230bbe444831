namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// One e-mail as Microsoft Graph describes it (<c>internetMessageId</c>, <c>subject</c>, <c>from</c>,
/// <c>receivedDateTime</c>, <c>body</c>, <c>attachments</c>), whether it came from the mailbox or the HTTP endpoint.
/// <see cref="Id"/> is the mailbox's own id for the message, when it came from the mailbox, so a reply can answer it.
/// </summary>
public sealed record IntakeMessage(
    string? InternetMessageId,
    string? Subject,
    MailAddress? From,
    DateTimeOffset? ReceivedAt,
    string? BodyContentType,
    string? Body,
    IReadOnlyList<IntakeAttachment> Attachments,
    string? Id = null);

/// <summary>
/// A file attachment (bytes decoded from <c>contentBytes</c>), or an attached e-mail (<c>itemAttachment</c>) with its
/// own message, as when someone forwards a referral "as attachment".
/// </summary>
public sealed record IntakeAttachment(
    string ODataType,
    string Name,
    string? ContentType,
    ReadOnlyMemory<byte> Content,
    bool IsInline,
    IntakeMessage? Item);
