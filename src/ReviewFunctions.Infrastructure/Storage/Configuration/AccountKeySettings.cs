namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Reads an account-key connection string (or <c>UseDevelopmentStorage=true</c>) into a Shared Key connection.</summary>
internal static class AccountKeySettings
{
    public static StorageConnection Read(string connectionString, string settingName)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StorageConfigurationException(settingName, "is empty.");
        }

        var values = ConnectionStringParser.Parse(connectionString, settingName);
        if (values.TryGetValue("UseDevelopmentStorage", out var useDevelopment))
        {
            return DevelopmentStorageConnection(values, useDevelopment, settingName);
        }

        if (values.ContainsKey("SharedAccessSignature"))
        {
            throw new StorageConfigurationException(settingName, "uses a SharedAccessSignature, which is not supported: use an AccountKey or an identity-based connection.");
        }

        var accountName = Required(values, "AccountName", settingName);
        if (!AccountNames.IsValid(accountName))
        {
            throw new StorageConfigurationException(settingName, "has an AccountName that is not 3-24 lower-case letters and digits.");
        }

        var key = DecodeKey(Required(values, "AccountKey", settingName), settingName);
        var protocol = values.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        if (protocol is not ("https" or "http"))
        {
            throw new StorageConfigurationException(settingName, "has a DefaultEndpointsProtocol other than https or http.");
        }

        var suffix = values.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        var table = ExplicitEndpoint(values, "TableEndpoint", settingName) ?? ServiceEndpoint(protocol, accountName, "table", suffix, settingName);
        var blob = ExplicitEndpoint(values, "BlobEndpoint", settingName) ?? ServiceEndpoint(protocol, accountName, "blob", suffix, settingName);
        return new StorageConnection(StorageAuthMode.SharedKey, accountName, table, blob, key, clientId: null);
    }

    private static StorageConnection DevelopmentStorageConnection(Dictionary<string, string> values, string useDevelopment, string settingName)
    {
        if (!string.Equals(useDevelopment, "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new StorageConfigurationException(settingName, "sets UseDevelopmentStorage to something other than true.");
        }

        if (values.Count > 1)
        {
            throw new StorageConfigurationException(settingName, "combines UseDevelopmentStorage=true with other settings; for Azurite on other ports give AccountName, AccountKey, TableEndpoint and BlobEndpoint instead.");
        }

        return new StorageConnection(
            StorageAuthMode.SharedKey,
            DevelopmentStorage.AccountName,
            DevelopmentStorage.TableEndpoint,
            DevelopmentStorage.BlobEndpoint,
            Convert.FromBase64String(DevelopmentStorage.AccountKey),
            clientId: null);
    }

    private static string Required(Dictionary<string, string> values, string key, string settingName) =>
        values.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new StorageConfigurationException(settingName, $"has no {key}.");

    private static byte[] DecodeKey(string key, string settingName)
    {
        var buffer = new byte[key.Length];
        if (!Convert.TryFromBase64String(key, buffer, out var written) || written == 0)
        {
            throw new StorageConfigurationException(settingName, "has an AccountKey that is not valid base64.");
        }

        return buffer[..written];
    }

    private static Uri? ExplicitEndpoint(Dictionary<string, string> values, string key, string settingName)
    {
        if (!values.TryGetValue(key, out var value) || value.Length == 0)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new StorageConfigurationException(settingName, $"has a {key} that is not an absolute http(s) URI.");
        }

        return StorageConnection.Normalise(uri);
    }

    private static Uri ServiceEndpoint(string protocol, string accountName, string service, string suffix, string settingName) =>
        Uri.TryCreate($"{protocol}://{accountName}.{service}.{suffix}", UriKind.Absolute, out var uri)
            ? uri
            : throw new StorageConfigurationException(settingName, "has an EndpointSuffix that does not form a valid host name.");
}
