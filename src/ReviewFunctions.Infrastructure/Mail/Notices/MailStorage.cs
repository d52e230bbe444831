using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>The notices' two tables (ledger and reminder queue) in the review storage account, sharing one pipeline.</summary>
public sealed class MailStorage
{
    private MailStorage(TableClient ledger, TableClient queue)
    {
        Ledger = new NoticeLedger(ledger);
        Queue = new ReminderQueue(queue);
    }

    internal NoticeLedger Ledger { get; }

    internal ReminderQueue Queue { get; }

    public static MailStorage Create(StorageConnection connection, StorageOptions? options = null, string ledgerTable = "NoticeLedger", string queueTable = "ReminderQueue")
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new StorageOptions();
        var pipeline = StoragePipelineFactory.Create(StorageService.Table, connection, options);
        return new MailStorage(
            new TableClient(pipeline, connection.TableEndpoint, TableNames.Validate(ledgerTable, nameof(ledgerTable))),
            new TableClient(pipeline, connection.TableEndpoint, TableNames.Validate(queueTable, nameof(queueTable))));
    }
}
