namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>The storage settings are missing or malformed. The message names the setting, never its secret value.</summary>
public sealed class StorageConfigurationException : Exception
{
    public StorageConfigurationException()
    {
    }

    public StorageConfigurationException(string message)
        : base(message)
    {
    }

    public StorageConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageConfigurationException(string settingName, string problem)
        : base($"Storage setting '{settingName}' {problem}")
    {
        SettingName = settingName;
    }

    /// <summary>The application setting at fault, e.g. <c>AzureWebJobsStorage</c> or <c>AzureWebJobsStorage__accountName</c>.</summary>
    public string? SettingName { get; }
}
