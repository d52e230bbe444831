using System.Security.Cryptography;
using System.Text;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Row and document keys derived from a message or a form without carrying anything readable from them: a message
/// id or a child's name never appears in a key, a blob name or a log, only a hash of it.
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
    /// incident date and the referrer's e-mail.
    /// </summary>
    public static string Form(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var text = string.Join(
            '|',
            PersonNames.Key(referral.Child.Name ?? string.Empty),
            referral.Child.DateOfBirth?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            referral.Child.IncidentDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            (referral.Referrer.Email ?? string.Empty).Trim().ToLowerInvariant());
        return Hash("form", Encoding.UTF8.GetBytes(text));
    }

    private static string Hash(string purpose, ReadOnlySpan<byte> value)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes("reviewfunctions-intake/" + purpose + "/"));
        sha.AppendData(value);
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..32];
    }
}
