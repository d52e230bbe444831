namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>A mailbox's address as a table key.</summary>
internal static class MailboxKey
{
    // A shared mailbox's address is the Board's, not a person's; it is lower-cased and stripped of characters row keys cannot hold.
    public static string Of(string mailbox) =>
        new(mailbox.Trim().ToLowerInvariant().Where(c => c is not ('/' or '\\' or '#' or '?') && !char.IsControl(c)).ToArray());
}
