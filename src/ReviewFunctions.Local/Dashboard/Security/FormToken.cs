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

    public string Value { get; } = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Compared in constant time, so how long a refusal takes says nothing about how close a guess was.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), Encoding.ASCII.GetBytes(Value));
}
