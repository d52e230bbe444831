using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage;
using Azure.Storage.Blobs;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// The SDK's service clients for one connection: from its connection string (Azurite, account keys), or from its
/// https endpoints with an Entra ID credential, which in Azure is the app's managed identity.
/// </summary>
internal static class StorageClients
{
    public static TableServiceClient Tables(StorageConnection connection, StorageOptions options)
    {
        var clientOptions = Configure(new TableClientOptions(), options);
        return connection.AuthMode == StorageAuthMode.Identity
            ? new TableServiceClient(connection.TableEndpoint, options.Credential ?? connection.Credential, clientOptions)
            : new TableServiceClient(connection.ConnectionString, clientOptions);
    }

    public static BlobServiceClient Blobs(StorageConnection connection, StorageOptions options)
    {
        var clientOptions = Configure(new BlobClientOptions(), options);

        // Uploads carry Content-MD5, which the service checks. MD5 rather than CRC64: the SDK frames CRC64 uploads as a
        // "structured message" that Azurite does not understand. Downloads are not checked by the SDK: Azure serves a
        // range's MD5 only for ranges up to 4 MiB, which a whole document is not, and every read is checked against the
        // SHA-256 recorded at upload anyway.
        clientOptions.TransferValidation.Upload.ChecksumAlgorithm = StorageChecksumAlgorithm.MD5;
        return connection.AuthMode == StorageAuthMode.Identity
            ? new BlobServiceClient(connection.BlobEndpoint, options.Credential ?? connection.Credential, clientOptions)
            : new BlobServiceClient(connection.ConnectionString, clientOptions);
    }

    /// <summary>One table, created the first time it is used.</summary>
    public static CreatedOnFirstUse<TableClient> Table(TableServiceClient tables, string name) =>
        new(tables.GetTableClient(name), static (table, ct) => table.CreateIfNotExistsAsync(ct));

    /// <summary>One private blob container, created the first time it is used.</summary>
    public static CreatedOnFirstUse<BlobContainerClient> Container(BlobServiceClient blobs, string name) =>
        new(blobs.GetBlobContainerClient(name), static (container, ct) => container.CreateIfNotExistsAsync(cancellationToken: ct));

    private static T Configure<T>(T clientOptions, StorageOptions options)
        where T : ClientOptions
    {
        options.Retry.ApplyTo(clientOptions.Retry);
        clientOptions.Diagnostics.ApplicationId = "ReviewFunctions";

        // Entities and documents hold case data, so bodies never go to the SDK's logs.
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;
        if (options.Transport is not null)
        {
            clientOptions.Transport = options.Transport;
        }

        return clientOptions;
    }
}
