using System.Globalization;
using Azure.Data.Tables;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Reads the intake register for a reference it issued: the form row that holds it sits in its prefix and year's
/// partition, with the mailbox's receipt time. Imports are rare, so a scan of one year's partition is cheap enough.
/// </summary>
public sealed class IntakeRegisterReferences : IIssuedReferences
{
    private readonly CreatedOnFirstUse<TableClient> _register;

    private IntakeRegisterReferences(CreatedOnFirstUse<TableClient> register) => _register = register;

    public static IntakeRegisterReferences Create(StorageConnection connection, StorageOptions storage, string registerTable) =>
        new(StorageClients.Table(StorageClients.Tables(connection, storage), TableNames.Validate(registerTable, nameof(registerTable))));

    public async Task<DateTimeOffset?> ReceivedAtAsync(string reference, CancellationToken cancellationToken)
    {
        var parts = reference.Split('-');
        if (parts.Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        var table = await _register.GetAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {parts[0] + "-" + parts[1]} and Reference eq {reference}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["ReceivedAt"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return row.GetDateTimeOffset("ReceivedAt");
        }

        return null;
    }
}
