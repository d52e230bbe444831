using System.Buffers.Text;
using System.Text;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// The SDK's opaque next-page token wrapped in one URL-safe token for callers, together with the scope it was issued
/// for (a review, a filter), so a token cannot be replayed against a different query.
/// </summary>
internal static class QueryContinuation
{
    // The SDK's token is the service's NextPartitionKey and NextRowKey, which never hold a line break; a scope might.
    private const char Separator = '\n';

    public static string? Encode(string? next, string scope) =>
        next is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(next + Separator + scope));

    /// <summary>The SDK's token inside <paramref name="token"/>, or null to start from the beginning.</summary>
    public static string? Decode(string? token, string scope, string parameterName)
    {
        if (token is null)
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split(Separator, 2);
        }
        catch (FormatException)
        {
            parts = [];
        }

        if (parts.Length != 2 || parts[0].Length == 0)
        {
            throw new ArgumentException("The continuation token is not one this store issued.", parameterName);
        }

        return parts[1] == scope
            ? parts[0]
            : throw new ArgumentException("The continuation token was issued for a different review or query.", parameterName);
    }
}
