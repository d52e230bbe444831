using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// Sends mail through SendGrid's documented v3 <c>POST /v3/mail/send</c> (the SendGrid package cannot be restored
/// here). 202 is success and its <c>X-Message-Id</c> is kept; 200 is success in sandbox mode. 429 and 5xx are retried,
/// waiting as the service asks; other 4xx throw with SendGrid's own error list. Lost connections and timeouts are
/// retried too, except for <see cref="OutgoingMail.AtMostOnce"/> mail, where the message may already have gone.
/// Nothing about the message is logged or put in exceptions, only statuses and SendGrid's reasons.
/// </summary>
public sealed class SendGridClient(HttpClient http, SendGridOptions options) : IMailSender
{
    public SendGridOptions Options => options;

    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var body = SendGridRequestBody.Write(mail, options);
        var lastStatus = 0;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseAddress, "v3/mail/send"))
            {
                Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);

            HttpResponseMessage response;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(options.RequestTimeout);
                response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                if (mail.AtMostOnce || attempt > options.MaxRetries)
                {
                    throw new SendGridUnavailableException(lastStatus, attempt, mail.AtMostOnce ? "no answer, and this message is not sent twice" : "no answer", e);
                }

                await options.Delay(SendGridRetryWait.Backoff(attempt, options), ct).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                lastStatus = (int)response.StatusCode;
                if (response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK)
                {
                    var id = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
                    return new MailSendResult(id, lastStatus, options.SandboxMode, attempt);
                }

                if (lastStatus == 429 || lastStatus >= 500)
                {
                    var wait = SendGridRetryWait.For(response.Headers, attempt, options);
                    if (attempt > options.MaxRetries)
                    {
                        throw new SendGridUnavailableException(lastStatus, attempt, "retries used up");
                    }

                    if (wait > options.MaxWait)
                    {
                        throw new SendGridUnavailableException(lastStatus, attempt, $"asked to wait {wait.TotalSeconds:0} s, more than the {options.MaxWait.TotalSeconds:0} s allowed");
                    }

                    await options.Delay(wait, ct).ConfigureAwait(false);
                    continue;
                }

                throw new SendGridRejectedException(lastStatus, await ErrorsAsync(response, ct).ConfigureAwait(false));
            }
        }
    }

    private static async Task<IReadOnlyList<SendGridErrorDetail>> ErrorsAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? [.. errors.EnumerateArray().Select(e => new SendGridErrorDetail(Text(e, "message"), Text(e, "field"), Text(e, "help")))]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
