using System.Buffers.Text;
using System.Text;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// The service's next-page position (x-ms-continuation-NextPartitionKey/NextRowKey, opaque values) wrapped in one
/// URL-safe token for callers, together with the scope it was issued for (a review, a filter), so a token cannot be
/// replayed against a different query.
/// </summary>
internal sealed record TableContinuation(string NextPartitionKey, string? NextRowKey)
{
    private const char Separator = '\n';

    public string Encode(string scope) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, scope, NextPartitionKey, NextRowKey ?? string.Empty)));

    public static TableContinuation? Decode(string? token, string scope, string parameterName)
    {
        if (token is null)
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split(Separator);
        }
        catch (FormatException)
        {
            parts = [];
        }

        if (parts.Length != 3 || parts[1].Length == 0)
        {
            throw new ArgumentException("The continuation token is not one this store issued.", parameterName);
        }

        return parts[0] == scope
            ? new TableContinuation(parts[1], parts[2].Length == 0 ? null : parts[2])
            : throw new ArgumentException("The continuation token was issued for a different review or query.", parameterName);
    }
}
