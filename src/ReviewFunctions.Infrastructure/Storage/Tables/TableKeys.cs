namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>PartitionKey/RowKey rules (no <c>/ \ # ?</c>, no control characters, ≤ 1 KiB), checked before a request is made.</summary>
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
}
