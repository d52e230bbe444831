namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// How to reach SendGrid. From app settings (Key Vault references resolve there): <c>SendGrid__ApiKey</c>,
/// <c>SendGrid__From</c> (<c>address</c> or <c>Name &lt;address&gt;</c>), <c>SendGrid__SandboxMode</c>,
/// <c>SendGrid__BaseUrl</c> (default <c>https://api.sendgrid.com/</c>; <c>https://api.eu.sendgrid.com/</c> for EU).
/// Sandbox mode is on unless the environment is Production or the setting says otherwise, so a test or staging
/// deployment can never mail a real Ofsted inbox by accident.
/// </summary>
public sealed class SendGridOptions
{
    public const string ApiKeySetting = "SendGrid__ApiKey";

    public const string FromSetting = "SendGrid__From";

    public static readonly Uri DefaultBaseAddress = new("https://api.sendgrid.com/");

    public required string ApiKey { get; init; }

    public required EmailAddress From { get; init; }

    public Uri BaseAddress { get; init; } = DefaultBaseAddress;

    public bool SandboxMode { get; init; } = true;

    public int MaxRetries { get; init; } = 5;

    /// <summary>First back-off when the service gives no hint; it doubles each time.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A service asking for a longer wait than this gets an error instead: the host retries the whole command later.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Whether the account has SendGrid's Email Activity history (a paid add-on), so a retry after a crash can ask
    /// whether a notice already went before sending it again. Off, such a notice may go twice.
    /// </summary>
    public bool EmailActivity { get; init; }

    /// <summary>How a retry waits; tests record the waits instead of sleeping.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = (wait, ct) => Task.Delay(wait, ct);

    /// <summary>The same options with another API key, as after a key rotation.</summary>
    public SendGridOptions WithKey(string apiKey) => new()
    {
        ApiKey = apiKey,
        From = From,
        BaseAddress = BaseAddress,
        SandboxMode = SandboxMode,
        MaxRetries = MaxRetries,
        InitialBackoff = InitialBackoff,
        MaxWait = MaxWait,
        RequestTimeout = RequestTimeout,
        TimeProvider = TimeProvider,
        Delay = Delay,
        EmailActivity = EmailActivity,
    };

    public static SendGridOptions FromSettings(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var apiKey = Read(setting, ApiKeySetting) ?? throw new MailConfigurationException("The setting SendGrid__ApiKey is missing; set it to a Key Vault reference to the SendGrid API key.");
        var from = Read(setting, FromSetting) ?? throw new MailConfigurationException("The setting SendGrid__From is missing: the Board's sending address.");
        var baseUrl = Read(setting, "SendGrid__BaseUrl");
        var sandbox = Read(setting, "SendGrid__SandboxMode");
        var activity = Read(setting, "SendGrid__EmailActivity");
        var environment = Read(setting, "AZURE_FUNCTIONS_ENVIRONMENT") ?? Read(setting, "DOTNET_ENVIRONMENT") ?? Read(setting, "ASPNETCORE_ENVIRONMENT");

        return new SendGridOptions
        {
            ApiKey = apiKey,
            From = ParseFrom(from),
            BaseAddress = baseUrl is null ? DefaultBaseAddress : ParseBase(baseUrl),
            SandboxMode = sandbox is null
                ? !string.Equals(environment, "Production", StringComparison.OrdinalIgnoreCase)
                : bool.TryParse(sandbox, out var on) ? on : throw new MailConfigurationException("The setting SendGrid__SandboxMode must be true or false."),
            EmailActivity = activity is not null && (bool.TryParse(activity, out var lookUp) ? lookUp : throw new MailConfigurationException("The setting SendGrid__EmailActivity must be true or false.")),
        };
    }

    /// <summary>A setting by its app-setting name, or by the same name with <c>:</c> as configuration writes it; blank is missing.</summary>
    internal static string? Read(Func<string, string?> setting, string name)
    {
        var value = setting(name) ?? setting(name.Replace("__", ":", StringComparison.Ordinal));
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static EmailAddress ParseFrom(string text)
    {
        var open = text.IndexOf('<', StringComparison.Ordinal);
        var (name, email) = open > 0 && text.EndsWith('>') ? (text[..open].Trim().Trim('"'), text[(open + 1)..^1].Trim()) : (null, text);
        return Domain.Notices.NoticeSettingsReader.IsAddress(email)
            ? new EmailAddress(email, string.IsNullOrEmpty(name) ? null : name)
            : throw new MailConfigurationException("The setting SendGrid__From is not an e-mail address (or 'Name <address>').");
    }

    /// <summary>The API key travels as a bearer token, so plain http is only allowed to this machine (the local endpoint).</summary>
    private static Uri ParseBase(string text) =>
        Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            ? uri
            : throw new MailConfigurationException("The setting SendGrid__BaseUrl must be an https URL (plain http only to this machine).");
}
