using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Infrastructure.Mail;
using ReviewFunctions.Infrastructure.Tests.Mail.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Mail;

public sealed class SendGridMailSenderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2027, 2, 9, 9, 0, 0, TimeSpan.Zero);
    private LocalMail mail = null!;

    public async Task InitializeAsync() => mail = await LocalMail.StartAsync(new FixedTimeProvider(Now));

    public async Task DisposeAsync() => await mail.DisposeAsync();

    [Fact]
    public async Task An_accepted_message_keeps_SendGrids_message_id_and_everything_we_sent()
    {
        var result = await mail.Client.SendAsync(LocalMail.Letter(), CancellationToken.None);

        var kept = Assert.Single(mail.Outbox.Messages);
        Assert.Equal(202, result.Status);
        Assert.Equal(kept.Id, result.MessageId);
        Assert.Equal(["someone@agency.example.gov.uk"], kept.To);
        Assert.Equal("Review CR-2027-0001: a letter", kept.Subject);
        Assert.Equal(["review-notice", "decision-letter"], kept.Categories);
        Assert.Equal("CR-2027-0001", kept.CustomArgs["reference"]);
        Assert.Equal("decision-letter", kept.CustomArgs["notice"]);
        Assert.Equal("reviews@westbridge-scp.example.gov.uk", kept.Request.GetProperty("reply_to").GetProperty("email").GetString());
        Assert.Equal("noreply@westbridge-scp.example.gov.uk", kept.Request.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("text/plain", kept.Request.GetProperty("content")[0].GetProperty("type").GetString());
        Assert.False(kept.Request.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
        var crest = Assert.Single(kept.Attachments, a => a.ContentId == "crest");
        Assert.Equal("inline", crest.Disposition);
        Assert.Equal(new byte[] { 137, 80, 78, 71 }, crest.Content);
    }

    [Fact]
    public async Task Each_recipient_gets_their_own_copy()
    {
        var letter = LocalMail.Letter() with { To = [new EmailAddress("ofsted@example.gov.uk"), new EmailAddress("dfe@example.gov.uk")] };

        await mail.Client.SendAsync(letter, CancellationToken.None);

        var personalizations = Assert.Single(mail.Outbox.Messages).Request.GetProperty("personalizations");
        Assert.Equal(2, personalizations.GetArrayLength());
        Assert.All(personalizations.EnumerateArray(), p => Assert.Equal(1, p.GetProperty("to").GetArrayLength()));
    }

    [Fact]
    public async Task Rate_limited_it_waits_as_long_as_Retry_After_says()
    {
        mail.Outbox.FailNext(1, 429, ("Retry-After", "7"));

        var result = await mail.Client.SendAsync(LocalMail.Letter(), CancellationToken.None);

        Assert.Equal(2, result.Attempts);
        Assert.Equal([TimeSpan.FromSeconds(7)], mail.Delay.Waits);
        Assert.Single(mail.Outbox.Messages);
    }

    [Fact]
    public async Task Rate_limited_without_Retry_After_it_waits_until_the_rate_limit_resets()
    {
        mail.Outbox.FailNext(1, 429, ("X-RateLimit-Limit", "600"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", Now.AddSeconds(42).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        await mail.Client.SendAsync(LocalMail.Letter(), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(42)], mail.Delay.Waits);
    }

    [Fact]
    public async Task Unavailable_it_backs_off_one_then_two_then_four_seconds()
    {
        mail.Outbox.FailNext(3, 503);

        var result = await mail.Client.SendAsync(LocalMail.Letter(), CancellationToken.None);

        Assert.Equal(4, result.Attempts);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], mail.Delay.Waits);
        Assert.Single(mail.Outbox.Messages);
    }

    [Fact]
    public async Task When_retries_run_out_it_says_so_and_nothing_was_sent()
    {
        mail.Outbox.FailNext(6, 503);

        var error = await Assert.ThrowsAsync<SendGridUnavailableException>(() => mail.Client.SendAsync(LocalMail.Letter(), CancellationToken.None));

        Assert.Equal(503, error.Status);
        Assert.Equal(6, error.Attempts);
        Assert.Empty(mail.Outbox.Messages);
    }

    [Fact]
    public async Task A_wait_longer_than_allowed_surfaces_at_once_for_the_host_to_retry_later()
    {
        mail.Outbox.FailNext(1, 429, ("Retry-After", "3600"));

        await Assert.ThrowsAsync<SendGridUnavailableException>(() => mail.Client.SendAsync(LocalMail.Letter(), CancellationToken.None));

        Assert.Empty(mail.Delay.Waits);
    }

    [Fact]
    public async Task A_refused_message_surfaces_SendGrids_errors()
    {
        var error = await Assert.ThrowsAsync<SendGridRejectedException>(() => mail.Client.SendAsync(LocalMail.Letter("not an address"), CancellationToken.None));

        Assert.Equal(400, error.Status);
        Assert.Contains(error.Errors, e => e.Field == "personalizations.0.to.0.email");
        Assert.Empty(mail.Delay.Waits);
    }

    [Fact]
    public async Task SendGrids_reasons_are_kept_without_the_addresses_they_quote()
    {
        using var body = new StringContent("""{"errors": [{"message": "You have included kerry.marsh@example.com more than once.", "field": "personalizations", "help": null}]}""");

        var reason = Assert.Single(await SendGridErrorReader.ReadAsync(body, CancellationToken.None));

        Assert.Equal(new SendGridErrorDetail("You have included an address more than once.", "personalizations", null), reason);
    }

    [Fact]
    public async Task A_message_over_30_MB_is_refused_with_SendGrids_reason_and_not_retried()
    {
        var scan = new MailAttachment("scan.pdf", "application/pdf", new byte[23 * 1024 * 1024]);

        var error = await Assert.ThrowsAsync<SendGridRejectedException>(() => mail.Client.SendAsync(LocalMail.Letter() with { Attachments = [scan] }, CancellationToken.None));

        Assert.Equal(413, error.Status);
        Assert.Contains("30 MB", error.Message, StringComparison.Ordinal);
        Assert.Empty(mail.Delay.Waits);
        Assert.Equal(1, mail.Outbox.Requests);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_and_not_retried()
    {
        using var http = new HttpClient();
        var client = new SendGridMailSender(http, mail.Client.Options.WithKey("SG.wrong"));

        var error = await Assert.ThrowsAsync<SendGridRejectedException>(() => client.SendAsync(LocalMail.Letter(), CancellationToken.None));

        Assert.Equal(401, error.Status);
    }

    [Fact]
    public async Task A_reminder_is_not_retried_after_a_failure_that_may_hide_an_accepted_message()
    {
        using var http = new HttpClient();
        var nowhere = new Uri($"http://127.0.0.1:{FreePorts.Take(1)[0]}/");
        var delay = new RecordingDelay();
        var client = new SendGridMailSender(http, new SendGridOptions { ApiKey = LocalMail.ApiKey, From = new EmailAddress("noreply@board.example.gov.uk"), BaseAddress = nowhere, Delay = delay.Wait });

        await Assert.ThrowsAsync<SendGridUnavailableException>(() => client.SendAsync(LocalMail.Letter() with { AtMostOnce = true }, CancellationToken.None));
        Assert.Empty(delay.Waits);

        await Assert.ThrowsAsync<SendGridUnavailableException>(() => client.SendAsync(LocalMail.Letter(), CancellationToken.None));
        Assert.Equal(5, delay.Waits.Count);
    }

    [Fact]
    public async Task Sandbox_mode_is_validated_but_not_delivered()
    {
        await using var sandboxed = await LocalMail.StartAsync(sandbox: true);

        var result = await sandboxed.Client.SendAsync(LocalMail.Letter(), CancellationToken.None);

        Assert.True(result.Sandbox);
        Assert.Equal(200, result.Status);
        Assert.Null(result.MessageId);
        Assert.Empty(sandboxed.Outbox.Messages);
        Assert.Equal(1, sandboxed.Outbox.Sandboxed);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("Development", null, true)]
    [InlineData("Staging", null, true)]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Development", "false", false)]
    public void Sandbox_mode_is_on_everywhere_but_production_unless_set(string? environment, string? setting, bool expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["SendGrid__ApiKey"] = "SG.key",
            ["SendGrid__From"] = "Westbridge SCP <noreply@westbridge-scp.example.gov.uk>",
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = environment,
            ["SendGrid__SandboxMode"] = setting,
        };

        var options = SendGridOptions.FromSettings(k => settings.GetValueOrDefault(k));

        Assert.Equal(expected, options.SandboxMode);
        Assert.Equal(new EmailAddress("noreply@westbridge-scp.example.gov.uk", "Westbridge SCP"), options.From);
        Assert.Equal(SendGridOptions.DefaultBaseAddress, options.BaseAddress);
    }

    [Fact]
    public void A_missing_key_or_an_insecure_base_url_names_the_setting_never_a_value()
    {
        var missing = Assert.Throws<MailConfigurationException>(() => SendGridOptions.FromSettings(k => k == "SendGrid__From" ? "a@b.example" : null));
        Assert.Contains("SendGrid__ApiKey", missing.Message, StringComparison.Ordinal);

        var insecure = Assert.Throws<MailConfigurationException>(() => SendGridOptions.FromSettings(k => k switch
        {
            "SendGrid__ApiKey" => "SG.secret-value",
            "SendGrid__From" => "a@b.example",
            "SendGrid__BaseUrl" => "http://mail.example.com",
            _ => null,
        }));
        Assert.DoesNotContain("SG.secret-value", insecure.Message, StringComparison.Ordinal);
    }

    /// <summary>Every template the catalogue has, written with every field filled, is a body SendGrid accepts.</summary>
    [Fact]
    public async Task Every_template_makes_a_body_SendGrid_accepts()
    {
        var values = TemplateFields.Known.ToDictionary(f => f, f => (string?)$"value of {f}");
        foreach (var template in NoticeCatalogue.Embedded.Templates.Values)
        {
            var letter = TemplateRenderer.Render(template, values);
            await mail.Client.SendAsync(LocalMail.Letter() with { Subject = letter.Subject, Text = letter.Text, Html = letter.Html }, CancellationToken.None);
        }

        Assert.Equal(NoticeCatalogue.Embedded.Templates.Count, mail.Outbox.Messages.Count);
        Assert.All(mail.Outbox.Messages, m => Assert.DoesNotContain("{{", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Email_Activity_finds_a_message_by_its_custom_arg_and_says_when_it_has_none()
    {
        await using var searching = await LocalMail.StartAsync(new FixedTimeProvider(Now), emailActivity: true);
        var sent = await searching.Client.SendAsync(LocalMail.Letter(), CancellationToken.None);

        Assert.Equal(new MailSearch(MailSearchAnswer.Found, sent.MessageId), await searching.Client.FindAcceptedAsync("reference", "CR-2027-0001", CancellationToken.None));
        Assert.Equal(MailSearch.NotFound, await searching.Client.FindAcceptedAsync("reference", "CR-2027-0002", CancellationToken.None));
    }

    [Fact]
    public async Task Without_Email_Activity_or_when_the_search_fails_it_cannot_tell()
    {
        await mail.Client.SendAsync(LocalMail.Letter(), CancellationToken.None);
        Assert.Equal(MailSearch.CannotTell, await mail.Client.FindAcceptedAsync("reference", "CR-2027-0001", CancellationToken.None));

        // Nothing listens on port 1, so the search gets no answer at all.
        using var http = new HttpClient();
        var unreachable = new SendGridMailSender(http, new SendGridOptions
        {
            ApiKey = LocalMail.ApiKey,
            From = new EmailAddress("noreply@westbridge-scp.example.gov.uk"),
            BaseAddress = new Uri("http://127.0.0.1:1/"),
            EmailActivity = true,
        });
        Assert.Equal(MailSearch.CannotTell, await unreachable.FindAcceptedAsync("reference", "CR-2027-0001", CancellationToken.None));
    }
}
