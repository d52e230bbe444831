namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>How requests to the storage account are authorised.</summary>
public enum StorageAuthMode
{
    /// <summary>Account key from a connection string (Azurite, or accounts that still allow keys).</summary>
    SharedKey,

    /// <summary>Microsoft Entra ID bearer tokens for a managed identity or developer credential.</summary>
    Identity,
}
