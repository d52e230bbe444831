namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// The identity-based connection settings the Functions host understands, e.g.
/// <c>AzureWebJobsStorage__accountName</c> (app settings) or <c>AzureWebJobsStorage:accountName</c> (IConfiguration).
/// </summary>
internal sealed class StorageSettingNames(string connectionName)
{
    public string Connection { get; } = connectionName;

    public string AccountName => Display("accountName");

    public string TableServiceUri => Display("tableServiceUri");

    public string BlobServiceUri => Display("blobServiceUri");

    public string Credential => Display("credential");

    public string ClientId => Display("clientId");

    public string Display(string property) => $"{Connection}__{property}";

    /// <summary>Reads a property under either separator, so both raw environment variables and IConfiguration work.</summary>
    public string? Read(Func<string, string?> getSetting, string property)
    {
        var value = getSetting($"{Connection}:{property}");
        if (string.IsNullOrWhiteSpace(value))
        {
            value = getSetting($"{Connection}__{property}");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
