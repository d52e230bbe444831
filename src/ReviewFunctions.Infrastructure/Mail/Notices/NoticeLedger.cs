using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// The mail side's own record, in the <c>NoticeLedger</c> table (PartitionKey = review reference): each message of a
/// notice once SendGrid accepted it (with its message id), and the at-most-once claims made before sending a
/// reminder, an alert or holding a notice for confirmation. The review's events stay the record a person reads;
/// this ledger is what stops a second send when the events have not caught up.
/// </summary>
internal sealed class NoticeLedger(TableClient table)
{
    public static string SentKey(string notice, string step, int occurrence, string group) => $"sent|{notice}|{step}|{occurrence}|{group}";

    public static string Key(string what, params object[] parts) => what + "|" + string.Join('|', parts);

    public async Task<IReadOnlyDictionary<string, LedgerEntry>> SentAsync(string reference, string notice, string step, int occurrence, CancellationToken ct)
    {
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        var prefix = $"sent|{notice}|{step}|{occurrence}|";
        var filter = $"PartitionKey eq {TableKeys.Quote(reference)} and RowKey ge {TableKeys.Quote(prefix)} and RowKey lt {TableKeys.Quote(prefix + "~")}";
        var found = new Dictionary<string, LedgerEntry>(StringComparer.Ordinal);
        TableContinuation? next = null;
        do
        {
            var page = await table.QueryAsync(filter, 1000, next, "read notice ledger", ct).ConfigureAwait(false);
            foreach (var entity in page.Entities)
            {
                found[entity.RowKey[prefix.Length..]] = new LedgerEntry(entity.GetString("MessageId"), entity.GetDateTime("At")!.Value);
            }

            next = page.Continuation;
        }
        while (next is not null);

        return found;
    }

    public async Task RecordSentAsync(string reference, string key, string? messageId, DateTimeOffset at, int recipients, CancellationToken ct)
    {
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        var entity = new TableEntity(reference, key).Set("MessageId", messageId).Set("At", at).Set("Recipients", recipients);
        await table.WriteAsync(entity, TableWrite.Upsert, null, "record notice sent", ct).ConfigureAwait(false);
    }

    /// <summary>Records an intention once. False when it was already recorded: whoever recorded it first acts on it.</summary>
    public async Task<bool> TryClaimAsync(string reference, string key, DateTimeOffset at, CancellationToken ct)
    {
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        try
        {
            await table.WriteAsync(new TableEntity(reference, key).Set("At", at), TableWrite.Insert, null, "record mail intent", ct).ConfigureAwait(false);
            return true;
        }
        catch (StorageRequestException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<bool> HasAsync(string reference, string key, CancellationToken ct)
    {
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        return await table.GetAsync(reference, key, "read notice ledger", ct).ConfigureAwait(false) is not null;
    }
}

internal sealed record LedgerEntry(string? MessageId, DateTimeOffset At);
