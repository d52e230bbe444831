namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>PartitionKey/RowKey rules (no <c>/ \ # ?</c>, no control characters, ≤ 1 KiB) and OData quoting.</summary>
internal static class TableKeys
{
    // 1 KiB of UTF-16; we stay well below it.
    public const int MaxKeyLength = 512;

    public static void Validate(string? key, string parameterName, string what)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException($"The {what} is empty.", parameterName);
        }

        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"The {what} is longer than {MaxKeyLength} characters.", parameterName);
        }

        if (key.Trim().Length != key.Length)
        {
            throw new ArgumentException($"The {what} starts or ends with white space.", parameterName);
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || c <= '\u001F' || c is >= '\u007F' and <= '\u009F')
            {
                throw new ArgumentException($"The {what} contains a character that table keys cannot hold (/ \\ # ? or a control character).", parameterName);
            }
        }
    }

    /// <summary>An OData string literal: single-quoted, with embedded quotes doubled.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The path segment addressing one entity, escaped for the URI.</summary>
    public static string EntityPath(string table, string partitionKey, string rowKey) =>
        $"/{table}(PartitionKey={Uri.EscapeDataString(Quote(partitionKey))},RowKey={Uri.EscapeDataString(Quote(rowKey))})";
}
