using Azure.Data.Tables;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// The mail side's own record, in the <c>NoticeLedger</c> table (PartitionKey = review reference): each message of a
/// notice once SendGrid accepted it (with its message id and whom it reached), the claim made just before sending it
/// (the outbox, which tells a retry that an earlier try may have gone), and the at-most-once claims made before
/// sending a reminder, an alert or holding a notice for confirmation. The review's events stay the record a person reads;
/// this ledger is what stops a second send when the events have not caught up.
/// </summary>
internal sealed class NoticeLedger(CreatedOnFirstUse<TableClient> ledgerTable)
{
    public static string SentKey(string notice, string step, int occurrence, string group) => $"sent|{notice}|{step}|{occurrence}|{group}";

    public static string Key(string what, params object[] parts) => what + "|" + string.Join('|', parts);

    public async Task<IReadOnlyDictionary<string, LedgerEntry>> SentAsync(string reference, string notice, string step, int occurrence, CancellationToken ct)
    {
        var table = await ledgerTable.GetAsync(ct).ConfigureAwait(false);
        var prefix = $"sent|{notice}|{step}|{occurrence}|";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {reference} and RowKey ge {prefix} and RowKey lt {prefix + "~"}");
        var found = new Dictionary<string, LedgerEntry>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            var to = entity.GetString("To");
            found[entity.RowKey[prefix.Length..]] = new LedgerEntry(entity.GetString("MessageId"), entity.GetDateTimeOffset("At")!.Value, to?.Split('\n'));
        }

        return found;
    }

    /// <param name="to">The addresses this message reached, so a later part writes only to the others.</param>
    public async Task RecordSentAsync(string reference, string key, string? messageId, DateTimeOffset at, IReadOnlyList<string> to, CancellationToken ct)
    {
        var table = await ledgerTable.GetAsync(ct).ConfigureAwait(false);
        var entity = new TableEntity(reference, key) { ["MessageId"] = messageId, ["At"] = at, ["Recipients"] = to.Count, ["To"] = string.Join('\n', to) };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    /// <summary>Records an intention once. False when it was already recorded: whoever recorded it first acts on it.</summary>
    public async Task<bool> TryClaimAsync(string reference, string key, DateTimeOffset at, CancellationToken ct)
    {
        var table = await ledgerTable.GetAsync(ct).ConfigureAwait(false);
        return await table.TryAddAsync(new TableEntity(reference, key) { ["At"] = at }, ct).ConfigureAwait(false) is not null;
    }

    public async Task<bool> HasAsync(string reference, string key, CancellationToken ct)
    {
        var table = await ledgerTable.GetAsync(ct).ConfigureAwait(false);
        return await table.FindAsync(reference, key, ct).ConfigureAwait(false) is not null;
    }
}

/// <param name="To">Whom the message reached; null on rows written before parts were kept, which reached everyone.</param>
internal sealed record LedgerEntry(string? MessageId, DateTimeOffset At, IReadOnlyList<string>? To);
