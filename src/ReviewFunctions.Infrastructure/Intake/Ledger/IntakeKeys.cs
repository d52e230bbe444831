using System.Security.Cryptography;
using System.Text;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Row and document keys derived from a message or a form without carrying anything readable from them: a message
/// id or a child's name never appears in a key, a blob name or a log, only a hash of it (keyed, for a form).
/// </summary>
public static class IntakeKeys
{
    /// <summary>The message's key: its Internet message id (as mail systems compare it), or its bytes when it has none.</summary>
    public static string Message(string? internetMessageId, ReadOnlySpan<byte> raw) =>
        string.IsNullOrWhiteSpace(internetMessageId)
            ? Hash("bytes", raw)
            : Hash("message-id", Encoding.UTF8.GetBytes(internetMessageId.Trim().Trim('<', '>').ToLowerInvariant()));

    /// <summary>
    /// The same form however it is sent: the child's name (case, accents, spacing and order aside), date of birth,
    /// incident date and the referrer's e-mail, as an HMAC-SHA256 under the Board's <see cref="DuplicateKeySecret"/>.
    /// Not a bare hash: children's names and dates of birth are few enough to try them all, so a plain hash in the
    /// intake register would tell anyone who can read the table which child a row is about; without the secret it
    /// cannot be matched. The register's rows made with the plain hash used before (or under an earlier secret) no
    /// longer match: a form received before the change and sent again, in a new e-mail, after it is not recognised as a
    /// repeat and starts a second review. The very same e-mail delivered again is still recognised by its message key.
    /// Acceptable before go-live; after it, change the secret only with that in mind.
    /// </summary>
    public static string Form(Referral referral, DuplicateKeySecret secret)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(secret);
        var text = string.Join(
            '|',
            "reviewfunctions-intake/form",
            PersonNames.Key(referral.Child.Name ?? string.Empty),
            referral.Child.DateOfBirth?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            referral.Child.IncidentDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            (referral.Referrer.Email ?? string.Empty).Trim().ToLowerInvariant());
        return Convert.ToHexStringLower(secret.Sign(Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static string Hash(string purpose, ReadOnlySpan<byte> value)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes("reviewfunctions-intake/" + purpose + "/"));
        sha.AppendData(value);
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..32];
    }
}
