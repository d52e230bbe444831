using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ReviewFunctions.Local.Dashboard.Security;

/// <summary>
/// A secret made when the host starts and put in every dashboard form. Another site open in the same browser can make
/// the browser post to 127.0.0.1, but cannot read our pages, so it cannot know this; a restart makes old forms stale.
/// </summary>
public sealed class FormToken
{
    public const string FieldName = "form-token";

    private readonly byte[] secret = RandomNumberGenerator.GetBytes(32);

    public string Value => Base64Url.EncodeToString(secret);

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), Encoding.ASCII.GetBytes(Value));
}
