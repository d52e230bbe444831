using System.Net;
using SendGrid;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// Sends our mail with the SendGrid package. 202 is success and its <c>X-Message-Id</c> is kept; 200 is success in
/// sandbox mode. 429 and 5xx are retried, waiting as the service asks; other 4xx throw with SendGrid's own error list.
/// Lost connections and timeouts are retried too, except for <see cref="OutgoingMail.AtMostOnce"/> mail, where the
/// message may already have gone. Nothing about the message is logged or put in exceptions, only statuses and
/// SendGrid's reasons, with any address they quote taken out.
/// </summary>
public sealed class SendGridMailSender : IMailSender
{
    private readonly SendGridClient client;

    public SendGridMailSender(HttpClient http, SendGridOptions options)
    {
        Options = options;

        // Retries happen here and nowhere else. Given an HttpClient, the package adds no retry handler of its own (its
        // ReliabilitySettings only apply to a client it builds itself); that handler would not wait for 429, would
        // sleep random times the tests cannot record, and would resend a reminder after a lost connection.
        // Errors come back as responses: the package's exceptions keep only SendGrid's first reason.
        client = new SendGridClient(http, new SendGridClientOptions
        {
            ApiKey = options.ApiKey,
            Host = options.BaseAddress.AbsoluteUri,
            HttpErrorAsException = false,
        });
    }

    public SendGridOptions Options { get; }

    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var message = SendGridMessages.From(mail, Options);
        var lastStatus = 0;
        for (var attempt = 1; ; attempt++)
        {
            Response response;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(Options.RequestTimeout);
                response = await client.SendEmailAsync(message, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                if (mail.AtMostOnce || attempt > Options.MaxRetries)
                {
                    throw new SendGridUnavailableException(lastStatus, attempt, mail.AtMostOnce ? "no answer, and this message is not sent twice" : "no answer", e);
                }

                await Options.Delay(SendGridRetryWait.Backoff(attempt, Options), ct).ConfigureAwait(false);
                continue;
            }

            using (response.Body)
            {
                lastStatus = (int)response.StatusCode;
                if (response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK)
                {
                    var id = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
                    return new MailSendResult(id, lastStatus, Options.SandboxMode, attempt);
                }

                if (lastStatus == 429 || lastStatus >= 500)
                {
                    var wait = SendGridRetryWait.For(response.Headers, attempt, Options);
                    if (attempt > Options.MaxRetries)
                    {
                        throw new SendGridUnavailableException(lastStatus, attempt, "retries used up");
                    }

                    if (wait > Options.MaxWait)
                    {
                        throw new SendGridUnavailableException(lastStatus, attempt, $"asked to wait {wait.TotalSeconds:0} s, more than the {Options.MaxWait.TotalSeconds:0} s allowed");
                    }

                    await Options.Delay(wait, ct).ConfigureAwait(false);
                    continue;
                }

                throw new SendGridRejectedException(lastStatus, await SendGridErrorReader.ReadAsync(response.Body, ct).ConfigureAwait(false));
            }
        }
    }

    /// <summary>
    /// Asks the Email Activity API (<c>GET /v3/messages</c>) for a message carrying the custom arg. Without Email
    /// Activity history, or when the API does not answer, it cannot tell.
    /// The query form for custom args is not verified against the live service (docs/RELIABILITY.md).
    /// </summary>
    public async Task<MailSearch> FindAcceptedAsync(string customArg, string value, CancellationToken ct)
    {
        if (!Options.EmailActivity)
        {
            return MailSearch.CannotTell;
        }

        var query = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["query"] = $"unique_args['{customArg}']=\"{value}\"",
            ["limit"] = "1",
        });
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Options.RequestTimeout);
            var response = await client.RequestAsync(BaseClient.Method.GET, queryParams: query, urlPath: "messages", cancellationToken: timeout.Token).ConfigureAwait(false);
            using (response.Body)
            {
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return MailSearch.CannotTell;
                }

                using var json = await System.Text.Json.JsonDocument.ParseAsync(await response.Body.ReadAsStreamAsync(ct).ConfigureAwait(false), cancellationToken: ct).ConfigureAwait(false);
                if (!json.RootElement.TryGetProperty("messages", out var messages) || messages.ValueKind != System.Text.Json.JsonValueKind.Array)
                {
                    return MailSearch.CannotTell;
                }

                return messages.GetArrayLength() > 0
                    ? new MailSearch(MailSearchAnswer.Found, messages[0].TryGetProperty("msg_id", out var id) ? id.GetString() : null)
                    : MailSearch.NotFound;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !ct.IsCancellationRequested)
        {
            return MailSearch.CannotTell;
        }
    }
}
