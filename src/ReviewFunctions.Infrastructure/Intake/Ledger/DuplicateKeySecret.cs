using System.Security.Cryptography;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// The Board's secret that keys a referral form's duplicate key (<see cref="IntakeKeys.Form"/>): at least 32 random
/// bytes, in base64, from the setting <c>Intake__DuplicateKeySecret</c> (in Azure a Key Vault reference; on one
/// machine the local host makes one in its data folder). The value never appears in a message, a log or
/// <see cref="object.ToString"/>; a missing or weak secret stops the host as it starts, naming the setting.
/// </summary>
public sealed class DuplicateKeySecret
{
    public const string SettingName = "Intake__DuplicateKeySecret";

    public const int MinimumBytes = 32;

    private readonly byte[] key;

    private DuplicateKeySecret(byte[] key) => this.key = key;

    /// <exception cref="InvalidOperationException">The setting is missing, not base64, or shorter than <see cref="MinimumBytes"/>.</exception>
    public static DuplicateKeySecret FromSettings(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var text = setting("Intake:DuplicateKeySecret") ?? setting(SettingName);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Refused($"is needed: at least {MinimumBytes} random bytes in base64, which key the intake register's duplicate keys");
        }

        if (text.TrimStart().StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase))
        {
            throw Refused("is a Key Vault reference the platform could not resolve: check the secret exists and the app's identity may read it");
        }

        var bytes = new byte[text.Length];
        if (!Convert.TryFromBase64String(text.Trim(), bytes, out var length))
        {
            throw Refused($"is not base64: give at least {MinimumBytes} random bytes in base64");
        }

        return length >= MinimumBytes
            ? new DuplicateKeySecret(bytes[..length])
            : throw Refused($"is too short: it must be at least {MinimumBytes} random bytes in base64, and it is {length}");
    }

    public override string ToString() => $"{SettingName} (set)";

    /// <summary>HMAC-SHA256 of the value under this secret.</summary>
    internal byte[] Sign(ReadOnlySpan<byte> value) => HMACSHA256.HashData(key, value);

    private static InvalidOperationException Refused(string problem) => new($"The setting {SettingName} {problem}.");
}
