using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>The notices' two tables (ledger and reminder queue) in the review storage account, through one table service client.</summary>
public sealed class MailStorage
{
    private MailStorage(NoticeLedger ledger, ReminderQueue queue)
    {
        Ledger = ledger;
        Queue = queue;
    }

    internal NoticeLedger Ledger { get; }

    internal ReminderQueue Queue { get; }

    public static MailStorage Create(StorageConnection connection, StorageOptions? options = null, string ledgerTable = "NoticeLedger", string queueTable = "ReminderQueue")
    {
        ArgumentNullException.ThrowIfNull(connection);
        var tables = StorageClients.Tables(connection, options ?? new StorageOptions());
        return new MailStorage(
            new NoticeLedger(StorageClients.Table(tables, TableNames.Validate(ledgerTable, nameof(ledgerTable)))),
            new ReminderQueue(StorageClients.Table(tables, TableNames.Validate(queueTable, nameof(queueTable)))));
    }
}
