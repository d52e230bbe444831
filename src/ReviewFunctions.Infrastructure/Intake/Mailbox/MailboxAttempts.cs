using Azure;
using Azure.Data.Tables;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// How many times intake has failed on each message still in the intake mailbox, so the reader can tell a message
/// that keeps failing from one that failed once. One row per message: the mailbox is the partition and the message's
/// key (a hash, <see cref="IntakeKeys.Message"/>) the row; the row holds the count, when it last failed and the
/// exception's type, nothing from the message.
/// </summary>
public sealed class MailboxAttempts
{
    // Two polls failing on the same message at once is the only contention; a few re-reads settle it.
    private const int UpdateAttempts = 5;

    private readonly CreatedOnFirstUse<TableClient> _table;
    private readonly TimeProvider _time;

    private MailboxAttempts(CreatedOnFirstUse<TableClient> table, TimeProvider time)
    {
        _table = table;
        _time = time;
    }

    public static MailboxAttempts Create(StorageConnection connection, StorageOptions storage, string table, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(time);
        return new(StorageClients.Table(StorageClients.Tables(connection, storage), TableNames.Validate(table, nameof(IntakeMailboxOptions.AttemptsTable))), time);
    }

    /// <summary>Records one more failure on the message and returns how many there have now been.</summary>
    public async Task<int> CountFailureAsync(string mailbox, string messageKey, string exceptionType, CancellationToken ct)
    {
        var table = await _table.GetAsync(ct).ConfigureAwait(false);
        var partition = MailboxKey.Of(mailbox);
        for (var attempt = 1; ; attempt++)
        {
            var row = await table.FindAsync(partition, messageKey, ct).ConfigureAwait(false);
            var failures = (row?.GetInt32("Failures") ?? 0) + 1;
            var next = new TableEntity(partition, messageKey) { ["Failures"] = failures, ["LastFailedAt"] = _time.GetUtcNow(), ["LastException"] = exceptionType };
            if (row is null)
            {
                if (await table.TryAddAsync(next, ct).ConfigureAwait(false) is not null)
                {
                    return failures;
                }

                continue;
            }

            try
            {
                await table.UpdateEntityAsync(next, row.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
                return failures;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404 && attempt < UpdateAttempts)
            {
                // Changed or removed since it was read: read it again.
            }
        }
    }
}
