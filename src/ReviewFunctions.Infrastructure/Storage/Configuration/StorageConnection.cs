namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Where the storage account is and how to authorise against it, read the way the Functions host reads
/// <c>AzureWebJobsStorage</c>: a connection string if the setting itself is present, otherwise the
/// identity-based <c>__accountName</c> / <c>__tableServiceUri</c> / <c>__blobServiceUri</c> / <c>__clientId</c> settings.
/// </summary>
public sealed class StorageConnection
{
    public const string DefaultConnectionName = "AzureWebJobsStorage";

    private readonly byte[]? _accountKey;

    internal StorageConnection(StorageAuthMode authMode, string? accountName, Uri tableEndpoint, Uri blobEndpoint, byte[]? accountKey, string? clientId)
    {
        AuthMode = authMode;
        AccountName = accountName;
        TableEndpoint = tableEndpoint;
        BlobEndpoint = blobEndpoint;
        _accountKey = accountKey;
        ManagedIdentityClientId = clientId;
    }

    public StorageAuthMode AuthMode { get; }

    /// <summary>The account name; null for identity connections configured only by service URIs.</summary>
    public string? AccountName { get; }

    public Uri TableEndpoint { get; }

    public Uri BlobEndpoint { get; }

    /// <summary>Client id of a user-assigned managed identity; null means the default credential chain.</summary>
    public string? ManagedIdentityClientId { get; }

    internal byte[] AccountKey => _accountKey ?? throw new InvalidOperationException("This connection does not use an account key.");

    /// <summary>Reads the connection named <paramref name="connectionName"/> from app settings or configuration.</summary>
    /// <param name="getSetting">Looks a setting up by name, e.g. <c>key =&gt; configuration[key]</c> or <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    public static StorageConnection FromSettings(Func<string, string?> getSetting, string connectionName = DefaultConnectionName)
    {
        ArgumentNullException.ThrowIfNull(getSetting);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);

        // As in the Functions host, an exact setting wins over prefixed identity settings.
        var connectionString = getSetting(connectionName);
        return string.IsNullOrWhiteSpace(connectionString)
            ? IdentitySettings.Read(getSetting, new StorageSettingNames(connectionName))
            : FromConnectionString(connectionString, connectionName);
    }

    /// <summary>Parses an account-key connection string, including <c>UseDevelopmentStorage=true</c> and explicit Azurite endpoints.</summary>
    public static StorageConnection FromConnectionString(string connectionString, string settingName = DefaultConnectionName) =>
        AccountKeySettings.Read(connectionString, settingName);

    /// <summary>An identity-based connection to explicit endpoints (https only, as bearer tokens must not travel in clear).</summary>
    public static StorageConnection ForIdentity(Uri tableEndpoint, Uri blobEndpoint, string? managedIdentityClientId = null)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        ArgumentNullException.ThrowIfNull(blobEndpoint);
        if (!IsHttps(tableEndpoint) || !IsHttps(blobEndpoint))
        {
            throw new ArgumentException("Identity-based storage endpoints must be absolute https URIs.", IsHttps(tableEndpoint) ? nameof(blobEndpoint) : nameof(tableEndpoint));
        }

        return new StorageConnection(StorageAuthMode.Identity, null, Normalise(tableEndpoint), Normalise(blobEndpoint), null, managedIdentityClientId);
    }

    public override string ToString() =>
        $"{AuthMode} connection to account '{AccountName ?? "(from service URIs)"}' (table {TableEndpoint}, blob {BlobEndpoint})";

    /// <summary>Request paths are appended to the endpoint, so a trailing slash would double up.</summary>
    internal static Uri Normalise(Uri uri) => new(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'));

    internal static bool IsHttps(Uri uri) => uri.IsAbsoluteUri && uri.Scheme == Uri.UriSchemeHttps;
}
