namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Reads the Functions host's identity-based connection settings into a bearer-token connection.</summary>
internal static class IdentitySettings
{
    public static StorageConnection Read(Func<string, string?> getSetting, StorageSettingNames names)
    {
        var accountName = names.Read(getSetting, "accountName");
        var tableUri = names.Read(getSetting, "tableServiceUri");
        var blobUri = names.Read(getSetting, "blobServiceUri") ?? names.Read(getSetting, "serviceUri");
        var credential = names.Read(getSetting, "credential");
        var clientId = names.Read(getSetting, "clientId");

        if (accountName is null && tableUri is null && blobUri is null)
        {
            throw new StorageConfigurationException(
                names.Connection,
                $"is not set: give a connection string in '{names.Connection}', or '{names.AccountName}' (or '{names.TableServiceUri}' and '{names.BlobServiceUri}') for an identity-based connection.");
        }

        if (credential is not null && !string.Equals(credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            throw new StorageConfigurationException(names.Credential, "must be 'managedidentity' when set.");
        }

        if (clientId is not null && !Guid.TryParse(clientId, out _))
        {
            throw new StorageConfigurationException(names.ClientId, "must be the client id (a GUID) of a user-assigned managed identity.");
        }

        if (accountName is not null && !AccountNames.IsValid(accountName))
        {
            throw new StorageConfigurationException(names.AccountName, "must be 3-24 lower-case letters and digits.");
        }

        var table = Endpoint(tableUri, names.TableServiceUri, accountName, "table", names);
        var blob = Endpoint(blobUri, names.BlobServiceUri, accountName, "blob", names);
        return new StorageConnection(StorageAuthMode.Identity, accountName, table, blob, null, clientId);
    }

    private static Uri Endpoint(string? explicitUri, string settingName, string? accountName, string service, StorageSettingNames names)
    {
        if (explicitUri is not null)
        {
            // Bearer tokens must never travel in clear text, and the SDK refuses to send them over http.
            return Uri.TryCreate(explicitUri, UriKind.Absolute, out var uri) && StorageConnection.IsHttps(uri)
                ? uri
                : throw new StorageConfigurationException(settingName, "must be an absolute https URI.");
        }

        return accountName is not null
            ? new Uri($"https://{accountName}.{service}.core.windows.net")
            : throw new StorageConfigurationException(settingName, $"is required when '{names.AccountName}' is not set.");
    }
}
