using System.Security.Cryptography;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>SHA-256 identifies a document's content for evidence; the SDK's MD5 only guards the transfer.</summary>
internal static class DocumentHashes
{
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
