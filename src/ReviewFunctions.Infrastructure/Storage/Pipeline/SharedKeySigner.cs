using System.Security.Cryptography;
using System.Text;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>HMAC-SHA256 over a string-to-sign with the account key, as both Shared Key schemes require.</summary>
internal static class SharedKeySigner
{
    public static string Sign(byte[] accountKey, string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(stringToSign)));
}
