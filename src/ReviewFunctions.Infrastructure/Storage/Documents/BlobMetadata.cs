using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Blob metadata travels as <c>x-ms-meta-{key}</c> headers, so keys must be identifiers and values plain ASCII
/// without surrounding spaces (which HTTP would strip, so the value read back would differ). <c>sha256</c> is ours.
/// </summary>
internal static partial class BlobMetadata
{
    public const string Sha256Key = "sha256";

    private const int MaxTotalLength = 8 * 1024;

    public static Dictionary<string, string> Validate(IReadOnlyDictionary<string, string> metadata, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(metadata, parameterName);
        var total = 0;
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in metadata)
        {
            if (!KeyPattern().IsMatch(key) || string.Equals(key, Sha256Key, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Metadata key '{key}' must be an identifier of up to 64 characters other than '{Sha256Key}'.", parameterName);
            }

            // Values may describe the document, so they stay out of the message.
            if (value is null || !ValuePattern().IsMatch(value))
            {
                throw new ArgumentException($"Metadata value for '{key}' must be 1-1024 printable ASCII characters without leading or trailing spaces.", parameterName);
            }

            if (!result.TryAdd(key, value))
            {
                throw new ArgumentException($"Metadata key '{key}' appears twice (keys are case-insensitive).", parameterName);
            }

            total += key.Length + value.Length;
        }

        return total <= MaxTotalLength
            ? result
            : throw new ArgumentException("Metadata exceeds 8 KiB in total.", parameterName);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[\x21-\x7E](?:[\x20-\x7E]{0,1022}[\x21-\x7E])?$", RegexOptions.CultureInvariant)]
    private static partial Regex ValuePattern();
}
