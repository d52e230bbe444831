using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Reads a connection string (account key, SAS or <c>UseDevelopmentStorage=true</c>) with the SDK's own parsers, so a
/// setting is accepted exactly when both clients will accept it later.
/// </summary>
internal static class ConnectionStringSettings
{
    public static StorageConnection Read(string connectionString, string settingName)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StorageConfigurationException(settingName, "is empty.");
        }

        TableServiceClient tables;
        BlobServiceClient blobs;
        try
        {
            tables = new TableServiceClient(connectionString);
            blobs = new BlobServiceClient(connectionString);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            // The SDK's messages can quote a piece of the string, which may be part of the key, so they are not passed on.
            throw new StorageConfigurationException(
                settingName,
                "is not a storage connection string: give UseDevelopmentStorage=true, or DefaultEndpointsProtocol, AccountName and AccountKey " +
                "(with TableEndpoint and BlobEndpoint for Azurite on other ports), or remove it and use identity-based settings.");
        }

        return new StorageConnection(StorageAuthMode.ConnectionString, blobs.AccountName, tables.Uri, blobs.Uri, connectionString, clientId: null);
    }
}
