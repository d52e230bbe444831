using ReviewFunctions.Infrastructure.Health;
using ReviewFunctions.Infrastructure.Mail;

namespace ReviewFunctions.Infrastructure.Tests.Health;

/// <summary>SendGrid's settings as the health route sees them: present, resolved and of the right shape; never shown.</summary>
public sealed class SendGridCheckTests
{
    private const string Key = "SG.AbCdEfGhIjKlMnOpQrStUv.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";

    private static Func<string, string?> Settings(string? apiKey, string? from = "Safeguarding Board <board@example.gov.uk>", string? baseUrl = null) => name => name switch
    {
        "SendGrid__ApiKey" => apiKey,
        "SendGrid__From" => from,
        "SendGrid__BaseUrl" => baseUrl,
        _ => null,
    };

    [Fact]
    public async Task A_key_of_SendGrids_shape_and_a_from_address_are_ok()
    {
        var (report, _) = await HealthRun.CheckAsync(SendGridCheck.FromSettings(Settings(Key)));

        Assert.Equal(DependencyStatus.Ok, report.Status("sendgrid"));
    }

    [Theory]
    [InlineData(null, "Safeguarding Board <board@example.gov.uk>", "api key not set")]
    [InlineData("  ", "board@example.gov.uk", "api key not set")]
    [InlineData("@Microsoft.KeyVault(VaultName=kv-board;SecretName=sendgrid-api-key)", "board@example.gov.uk", "api key not resolved from Key Vault")]
    [InlineData("SG.too-short", "board@example.gov.uk", "api key malformed")]
    [InlineData("not-a-sendgrid-key-at-all-but-long-enough-to-look-like-one-0123456789", "board@example.gov.uk", "api key malformed")]
    [InlineData(Key, null, "from address not set")]
    [InlineData(Key, "the board", "settings not valid")]
    public async Task Missing_or_malformed_settings_fail_sendgrid_with_a_503_that_never_shows_the_key(string? apiKey, string? from, string reason)
    {
        var (report, body) = await HealthRun.CheckAsync(SendGridCheck.FromSettings(Settings(apiKey, from)));

        Assert.Equal(503, report.HttpStatus);
        Assert.Equal(["sendgrid"], report.Failing);
        Assert.Equal(reason, report.Status("sendgrid").Reason);
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            Assert.DoesNotContain(apiKey, body, StringComparison.Ordinal);
            Assert.DoesNotContain("kv-board", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_base_url_that_would_send_the_key_in_clear_fails_sendgrid()
    {
        var (report, body) = await HealthRun.CheckAsync(SendGridCheck.FromSettings(Settings(Key, baseUrl: "http://mail.example.com/")));

        Assert.Equal("settings not valid", report.Status("sendgrid").Reason);
        Assert.DoesNotContain("mail.example.com", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_local_endpoint_on_this_machine_takes_its_own_key()
    {
        var local = new SendGridCheck(() => new SendGridOptions
        {
            ApiKey = "local-mail-key",
            From = new EmailAddress("board@example.gov.uk", null),
            BaseAddress = new Uri("http://127.0.0.1:7071/"),
        });

        var (report, body) = await HealthRun.CheckAsync(local);

        Assert.Equal(DependencyStatus.Ok, report.Status("sendgrid"));
        Assert.DoesNotContain("local-mail-key", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anything_but_loopback_needs_a_key_of_SendGrids_shape()
    {
        var wrong = new SendGridCheck(() => new SendGridOptions
        {
            ApiKey = "local-mail-key",
            From = new EmailAddress("board@example.gov.uk", null),
        });

        var (report, _) = await HealthRun.CheckAsync(wrong);

        Assert.Equal("api key malformed", report.Status("sendgrid").Reason);
    }
}
