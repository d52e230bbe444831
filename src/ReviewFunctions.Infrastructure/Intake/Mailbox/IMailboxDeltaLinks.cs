namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>Where the mailbox reader keeps the delta link that says how far through the inbox it has read.</summary>
public interface IMailboxDeltaLinks
{
    Task<string?> GetAsync(string mailbox, CancellationToken ct);

    Task SaveAsync(string mailbox, string deltaLink, CancellationToken ct);
}

/// <summary>Delta links in the intake register, one row per mailbox.</summary>
internal sealed class TableMailboxDeltaLinks(IntakeLedger ledger) : IMailboxDeltaLinks
{
    public Task<string?> GetAsync(string mailbox, CancellationToken ct) => ledger.DeltaLinkAsync(Key(mailbox), ct);

    public Task SaveAsync(string mailbox, string deltaLink, CancellationToken ct) => ledger.SaveDeltaLinkAsync(Key(mailbox), deltaLink, ct);

    private static string Key(string mailbox) => "delta-" + MailboxKey.Of(mailbox);
}
