using System.Text.RegularExpressions;
using ReviewFunctions.Infrastructure.Mail;

namespace ReviewFunctions.Infrastructure.Health;

/// <summary>
/// SendGrid's configuration, checked without calling SendGrid: the route is anonymous, so a call per probe would let
/// anyone spend the account's rate limit that statutory notices need, and a SendGrid outage, which the dispatcher rides
/// out by retrying, would mark the app unhealthy. A key SendGrid rejects shows as failed notices instead.
/// </summary>
public sealed partial class SendGridCheck : IDependencyCheck
{
    private readonly Func<SendGridOptions> _options;
    private readonly Func<string, string?>? _setting;

    /// <param name="options">The options the app sends with, as its composition builds them.</param>
    public SendGridCheck(Func<SendGridOptions> options)
        : this(options, null)
    {
    }

    private SendGridCheck(Func<SendGridOptions> options, Func<string, string?>? setting)
    {
        _options = options;
        _setting = setting;
    }

    public string Name => "sendgrid";

    /// <summary>The check of the app settings <see cref="SendGridOptions.FromSettings"/> reads, saying which one is wrong.</summary>
    public static SendGridCheck FromSettings(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return new SendGridCheck(() => SendGridOptions.FromSettings(setting), setting);
    }

    public Task<DependencyStatus> CheckAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Problem() is { } problem ? DependencyStatus.Failing(problem) : DependencyStatus.Ok);

    private HealthReason? Problem()
    {
        if (_setting is not null)
        {
            var key = SendGridOptions.Read(_setting, SendGridOptions.ApiKeySetting);
            if (key is null)
            {
                return HealthReason.ApiKeyNotSet;
            }

            // App Service hands the reference text itself to the app when it cannot resolve it.
            if (key.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase))
            {
                return HealthReason.ApiKeyNotResolved;
            }

            if (SendGridOptions.Read(_setting, SendGridOptions.FromSetting) is null)
            {
                return HealthReason.FromAddressNotSet;
            }
        }

        SendGridOptions options;
        try
        {
            options = _options();
        }
        catch (MailConfigurationException)
        {
            return HealthReason.SettingsNotValid;
        }

        // The local SendGrid-compatible endpoint takes its own key; SendGrid's own keys have one shape.
        return options.BaseAddress.IsLoopback || ApiKeyShape().IsMatch(options.ApiKey) ? null : HealthReason.ApiKeyMalformed;
    }

    /// <summary>"SG.", an id, ".", a secret, both in URL-safe base64 (22 and 43 characters in the keys SendGrid issues).</summary>
    [GeneratedRegex("^SG\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{32,}$", RegexOptions.CultureInvariant)]
    private static partial Regex ApiKeyShape();
}
