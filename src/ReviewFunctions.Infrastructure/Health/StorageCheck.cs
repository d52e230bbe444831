using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Health;

/// <summary>
/// The review storage account: one query for a single row of the review index (Table) and the properties of the
/// documents container (Blob), with the app's own connection and credential, so a wrong key, a missing role or a
/// closed network shows here. Each is tried once: a probe wants today's answer, not the SDK's retries.
/// </summary>
public sealed class StorageCheck : IDependencyCheck
{
    private readonly TableClient _index;
    private readonly BlobContainerClient _documents;

    private StorageCheck(TableClient index, BlobContainerClient documents)
    {
        _index = index;
        _documents = documents;
    }

    public string Name => "storage";

    public static StorageCheck For(StorageConnection connection, StorageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new StorageOptions();
        var once = new StorageOptions
        {
            Retry = new StorageRetryOptions { MaxRetries = 0, NetworkTimeout = HealthChecks.DefaultTimeout },
            Credential = options.Credential,
            Transport = options.Transport,
        };
        return new StorageCheck(
            StorageClients.Tables(connection, once).GetTableClient(TableNames.Validate(options.IndexTable, nameof(StorageOptions.IndexTable))),
            StorageClients.Blobs(connection, once).GetBlobContainerClient(ContainerNames.Validate(options.DocumentsContainer, nameof(StorageOptions.DocumentsContainer))));
    }

    public async Task<DependencyStatus> CheckAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(ReadIndexAsync(cancellationToken), ReadDocumentsAsync(cancellationToken));
        return DependencyStatus.Ok;
    }

    private async Task ReadIndexAsync(CancellationToken cancellationToken)
    {
        try
        {
            var rows = _index.QueryAsync<TableEntity>(maxPerPage: 1, select: [nameof(TableEntity.PartitionKey)], cancellationToken: cancellationToken);
            await foreach (var _ in rows.AsPages(pageSizeHint: 1).WithCancellation(cancellationToken))
            {
                break;
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The index table is created on first use: before the first review it is missing, and the account fine.
        }
    }

    private async Task ReadDocumentsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _documents.GetPropertiesAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Locally the container is created on first use (Azure's comes with the templates); missing is still reachable.
        }
    }
}
