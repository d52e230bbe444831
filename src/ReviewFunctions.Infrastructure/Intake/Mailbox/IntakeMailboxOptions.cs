namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>The Board's intake mailbox (an Exchange Online shared mailbox) and the folders handled mail is moved to.</summary>
public sealed record IntakeMailboxOptions
{
    /// <summary>The shared mailbox's address (or object id), e.g. <c>case-reviews@board.example.gov.uk</c>.</summary>
    public required string Mailbox { get; init; }

    /// <summary>Where a message goes once its referral has started (or was recognised as a repeat) and the sender has been answered.</summary>
    public string ProcessedFolder { get; init; } = "Processed";

    /// <summary>Where a message goes when a person should look at it: not accepted, not started, or the reply could not be sent.</summary>
    public string NeedsAttentionFolder { get; init; } = "Needs attention";

    /// <summary>Messages per delta page; Graph may send fewer.</summary>
    public int PageSize { get; init; } = 50;
}
