namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>How requests to the storage account are authorised.</summary>
public enum StorageAuthMode
{
    /// <summary>A connection string: Azurite, or an account that still allows keys or SAS.</summary>
    ConnectionString,

    /// <summary>Microsoft Entra ID bearer tokens for a managed identity or developer credential.</summary>
    Identity,
}
