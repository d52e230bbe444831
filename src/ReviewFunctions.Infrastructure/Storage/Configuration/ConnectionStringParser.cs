namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Splits an Azure Storage connection string into case-insensitive key/value pairs.</summary>
internal static class ConnectionStringParser
{
    public static Dictionary<string, string> Parse(string connectionString, string settingName)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';'))
        {
            if (string.IsNullOrWhiteSpace(segment))
            {
                continue;
            }

            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                // The segment may hold part of a key, so it is not echoed.
                throw new StorageConfigurationException(settingName, "is not a valid connection string: every part must look like Name=Value.");
            }

            var key = segment[..equals].Trim();
            var value = segment[(equals + 1)..].Trim();
            if (!values.TryAdd(key, value))
            {
                throw new StorageConfigurationException(settingName, $"names '{key}' more than once.");
            }
        }

        return values;
    }
}
