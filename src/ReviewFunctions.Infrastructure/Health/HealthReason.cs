namespace ReviewFunctions.Infrastructure.Health;

/// <summary>
/// Why a dependency is failing or not used, from our own fixed list. The health route is anonymous, so a reason is never
/// built from an exception, a setting or a service's answer: only these words and an HTTP status code can reach it.
/// </summary>
public sealed class HealthReason
{
    public static readonly HealthReason Unreachable = new("unreachable");

    public static readonly HealthReason TimedOut = new("timed out");

    public static readonly HealthReason Unavailable = new("unavailable");

    public static readonly HealthReason TokenNotIssued = new("token not issued");

    public static readonly HealthReason ApiKeyNotSet = new("api key not set");

    public static readonly HealthReason ApiKeyNotResolved = new("api key not resolved from Key Vault");

    public static readonly HealthReason ApiKeyMalformed = new("api key malformed");

    public static readonly HealthReason FromAddressNotSet = new("from address not set");

    public static readonly HealthReason SettingsNotValid = new("settings not valid");

    public static readonly HealthReason LocalVault = new("local vault");

    private HealthReason(string text) => Text = text;

    public string Text { get; }

    /// <summary>The service answered with an error status: "refused: 403" for the caller's side, "error: 500" for its own.</summary>
    public static HealthReason Answered(int status) => new(status < 500 ? $"refused: {status}" : $"error: {status}");

    public override string ToString() => Text;
}
