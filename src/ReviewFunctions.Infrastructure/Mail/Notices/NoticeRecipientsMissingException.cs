namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// A notice cannot be sent because some of its recipients have no address yet: a national body the Board has not
/// set, an agency with no contact, a role nobody holds. Nothing was sent; the message names directory entries,
/// agencies and roles only, so it can go to an administrator's log.
/// </summary>
public sealed class NoticeRecipientsMissingException : Exception
{
    public NoticeRecipientsMissingException()
    {
    }

    public NoticeRecipientsMissingException(string message)
        : base(message)
    {
    }

    public NoticeRecipientsMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NoticeRecipientsMissingException(string reference, string notice, IReadOnlyList<string> missing)
        : base($"Review {reference}: the notice '{notice}' was not sent because these recipients have no address: {string.Join("; ", missing)}.")
    {
        Missing = missing;
    }

    public IReadOnlyList<string> Missing { get; } = [];
}
