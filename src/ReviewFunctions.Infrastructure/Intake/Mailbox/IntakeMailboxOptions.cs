using System.Globalization;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>The Board's intake mailbox (an Exchange Online shared mailbox) and the folders handled mail is moved to.</summary>
public sealed record IntakeMailboxOptions
{
    private readonly int _poisonAfter = 3;

    /// <summary>The shared mailbox's address (or object id), e.g. <c>case-reviews@board.example.gov.uk</c>.</summary>
    public required string Mailbox { get; init; }

    /// <summary>Where a message goes once its referral has started (or was recognised as a repeat) and the sender has been answered.</summary>
    public string ProcessedFolder { get; init; } = "Processed";

    /// <summary>Where a message goes when a person should look at it: not accepted, not started, intake kept failing on it, or the reply could not be sent.</summary>
    public string NeedsAttentionFolder { get; init; } = "Needs attention";

    /// <summary>Messages per delta page; Graph may send fewer.</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>
    /// How many polls may fail on the same message with an unexpected error before it is quarantined, its sender
    /// given a holding reply and the business manager alerted. Fewer tries would quarantine a message a passing
    /// fault hit; more leave a sender waiting longer (one poll is two minutes).
    /// </summary>
    public int PoisonAfter
    {
        get => _poisonAfter;
        init => _poisonAfter = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(PoisonAfter), value, "Intake:PoisonAfter must be 1 or more.");
    }

    /// <summary>The table that counts failures per message (<see cref="MailboxAttempts"/>).</summary>
    public string AttemptsTable { get; init; } = "IntakeAttempts";

    /// <summary>From app settings: <c>Intake:Mailbox</c> (required) and <c>Intake:PoisonAfter</c> (default 3), or their <c>Intake__</c> forms.</summary>
    public static IntakeMailboxOptions FromSettings(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        string? Read(string name) => setting("Intake:" + name) ?? setting("Intake__" + name);
        var mailbox = Read("Mailbox") ?? throw new InvalidOperationException("The setting Intake__Mailbox is needed: the intake shared mailbox.");
        if (Read("PoisonAfter") is not { } poisonAfter)
        {
            return new IntakeMailboxOptions { Mailbox = mailbox };
        }

        return int.TryParse(poisonAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var tries) && tries >= 1
            ? new IntakeMailboxOptions { Mailbox = mailbox, PoisonAfter = tries }
            : throw new InvalidOperationException("The setting Intake__PoisonAfter must be a whole number, 1 or more.");
    }
}
