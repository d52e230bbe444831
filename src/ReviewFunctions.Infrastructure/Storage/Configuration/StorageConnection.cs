using Azure.Core;
using Azure.Identity;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Where the storage account is and how to authorise against it, read the way the Functions host reads
/// <c>AzureWebJobsStorage</c>: a connection string if the setting itself is present, otherwise the
/// identity-based <c>__accountName</c> / <c>__tableServiceUri</c> / <c>__blobServiceUri</c> / <c>__clientId</c> settings.
/// </summary>
public sealed class StorageConnection
{
    public const string DefaultConnectionName = "AzureWebJobsStorage";

    private readonly string? _connectionString;
    private readonly Lazy<TokenCredential> _credential;

    internal StorageConnection(StorageAuthMode authMode, string? accountName, Uri tableEndpoint, Uri blobEndpoint, string? connectionString, string? clientId)
    {
        AuthMode = authMode;
        AccountName = accountName;
        TableEndpoint = WithoutQuery(tableEndpoint);
        BlobEndpoint = WithoutQuery(blobEndpoint);
        _connectionString = connectionString;
        ManagedIdentityClientId = clientId;

        // One credential per connection, so every client made from it shares one token cache.
        _credential = new(() => new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId }));
    }

    public StorageAuthMode AuthMode { get; }

    /// <summary>The account name; null for identity connections configured only by service URIs.</summary>
    public string? AccountName { get; }

    public Uri TableEndpoint { get; }

    public Uri BlobEndpoint { get; }

    /// <summary>Client id of a user-assigned managed identity; null means the default credential chain.</summary>
    public string? ManagedIdentityClientId { get; }

    internal string ConnectionString => _connectionString ?? throw new InvalidOperationException("This connection uses an identity, not a connection string.");

    internal TokenCredential Credential => _credential.Value;

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

    /// <summary>Reads a connection string, including <c>UseDevelopmentStorage=true</c> and explicit Azurite endpoints.</summary>
    public static StorageConnection FromConnectionString(string connectionString, string settingName = DefaultConnectionName) =>
        ConnectionStringSettings.Read(connectionString, settingName);

    /// <summary>An identity-based connection to explicit endpoints (https only, as bearer tokens must not travel in clear).</summary>
    public static StorageConnection ForIdentity(Uri tableEndpoint, Uri blobEndpoint, string? managedIdentityClientId = null)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        ArgumentNullException.ThrowIfNull(blobEndpoint);
        if (!IsHttps(tableEndpoint) || !IsHttps(blobEndpoint))
        {
            throw new ArgumentException("Identity-based storage endpoints must be absolute https URIs.", IsHttps(tableEndpoint) ? nameof(blobEndpoint) : nameof(tableEndpoint));
        }

        return new StorageConnection(StorageAuthMode.Identity, null, tableEndpoint, blobEndpoint, null, managedIdentityClientId);
    }

    public override string ToString() =>
        $"{AuthMode} connection to account '{AccountName ?? "(from service URIs)"}' (table {TableEndpoint}, blob {BlobEndpoint})";

    internal static bool IsHttps(Uri uri) => uri.IsAbsoluteUri && uri.Scheme == Uri.UriSchemeHttps;

    /// <summary>A SAS connection string puts its token in the blob endpoint's query; it is a secret, so it never shows.</summary>
    private static Uri WithoutQuery(Uri uri) => new(uri.GetLeftPart(UriPartial.Path));
}
