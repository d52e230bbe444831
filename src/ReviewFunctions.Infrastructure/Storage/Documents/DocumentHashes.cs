using System.Security.Cryptography;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>SHA-256 identifies a document's content for evidence; MD5 is only the service's transport check.</summary>
internal static class DocumentHashes
{
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

#pragma warning disable CA5351 // MD5 is what Content-MD5 requires; it guards transport, not identity or security.
    public static byte[] Md5(ReadOnlySpan<byte> content) => MD5.HashData(content);
#pragma warning restore CA5351
}
