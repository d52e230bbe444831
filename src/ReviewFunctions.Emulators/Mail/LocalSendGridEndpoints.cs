using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace ReviewFunctions.Emulators.Mail;

/// <summary>
/// A SendGrid-compatible <c>POST /v3/mail/send</c> for tests and the local run: it checks the bearer key, validates
/// the body as SendGrid would (answering 400 with SendGrid's <c>{"errors": [...]}</c>), answers 202 with an
/// <c>X-Message-Id</c>, or 200 without delivering in sandbox mode, and keeps what it accepted at
/// <c>GET /api/mails</c> (<c>DELETE</c> empties it), and finds a message by a custom arg as the Email Activity API does.
/// Injected faults come first, with their headers.
/// </summary>
public static partial class LocalSendGridEndpoints
{
    public const string SendPath = "/v3/mail/send";
    public const string OutboxPath = "/api/mails";
    public const string ActivityPath = "/v3/messages";

    /// <summary>The total message size SendGrid accepts, attachments included.</summary>
    public const long MaxBodyBytes = 30L * 1024 * 1024;

    public static IEndpointRouteBuilder MapLocalSendGrid(this IEndpointRouteBuilder endpoints, MailOutbox outbox, string apiKey, TimeProvider clock)
    {
        endpoints.MapPost(SendPath, (Delegate)((HttpContext context) => SendAsync(context, outbox, apiKey, clock)));
        endpoints.MapGet(ActivityPath, (Delegate)((HttpContext context) => FindAsync(context, outbox, apiKey)));
        endpoints.MapGet(OutboxPath, () => Results.Json(outbox.Messages.Select(Listing), LocalMailJson.Options));
        endpoints.MapDelete(OutboxPath, () =>
        {
            outbox.Clear();
            return Results.NoContent();
        });
        return endpoints;
    }

    private static async Task<IResult> SendAsync(HttpContext context, MailOutbox outbox, string apiKey, TimeProvider clock)
    {
        var request = outbox.CountRequest();
        var fault = outbox.TakeFault(request);
        var late = fault?.Status == StatusCodes.Status202Accepted ? fault.AnswerAfter : TimeSpan.Zero;
        if (fault is not null && late == TimeSpan.Zero)
        {
            foreach (var (name, value) in fault.Headers)
            {
                context.Response.Headers[name] = value;
            }

            return Errors(fault.Status, new SendGridError(fault.Status == 429 ? "Too many requests." : "The service is unavailable. Please try again.", null, null));
        }

        if (!Authorised(context.Request, apiKey))
        {
            return Errors(StatusCodes.Status401Unauthorized, new SendGridError("The provided authorization grant is invalid, expired, or revoked.", null, null));
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await DiscardBodyAsync(context);
            return Errors(StatusCodes.Status413PayloadTooLarge, new SendGridError("The message is larger than 30 MB.", null, null));
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Errors(StatusCodes.Status400BadRequest, new SendGridError("Bad Request: the body is not valid JSON.", null, null));
        }

        var errors = MailSendValidator.Validate(body);
        if (errors.Count > 0)
        {
            return Results.Json(new { errors }, LocalMailJson.Options, statusCode: StatusCodes.Status400BadRequest);
        }

        if (Sandboxed(body))
        {
            outbox.CountSandboxed();
            return Results.Ok();
        }

        var id = MessageId();
        outbox.Add(OutboxReader.Read(id, body, clock.GetUtcNow()) with { AnsweredLate = late > TimeSpan.Zero });
        await Task.Delay(late, CancellationToken.None);
        context.Response.Headers["X-Message-Id"] = id;
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    /// <summary>
    /// SendGrid's Email Activity search, <c>GET /v3/messages?query=…</c>, for the one query form our sender asks:
    /// <c>unique_args['name']="value"</c>, a custom arg's exact value. Anything else is a 400, as the service answers
    /// a query it cannot read.
    /// </summary>
    private static Task<IResult> FindAsync(HttpContext context, MailOutbox outbox, string apiKey)
    {
        if (!Authorised(context.Request, apiKey))
        {
            return Task.FromResult(Errors(StatusCodes.Status401Unauthorized, new SendGridError("The provided authorization grant is invalid, expired, or revoked.", null, null)));
        }

        var match = CustomArgQuery().Match(context.Request.Query["query"].ToString());
        if (!match.Success)
        {
            return Task.FromResult(Errors(StatusCodes.Status400BadRequest, new SendGridError("Only unique_args['name']=\"value\" queries are understood here.", "query", null)));
        }

        var (name, value) = (match.Groups["name"].Value, match.Groups["value"].Value);
        var found = outbox.Messages
            .Where(m => m.CustomArgs.TryGetValue(name, out var v) && v == value)
            .Select(m => new { msg_id = m.Id, subject = m.Subject, status = "processed", last_event_time = m.SentAt });
        return Task.FromResult(Results.Json(new { messages = found.ToList() }, LocalMailJson.Options));
    }

    [System.Text.RegularExpressions.GeneratedRegex("""^unique_args\['(?<name>[^']+)'\]="(?<value>[^"]*)"$""")]
    private static partial System.Text.RegularExpressions.Regex CustomArgQuery();

    private static bool Authorised(HttpRequest request, string apiKey)
    {
        var header = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        if (!header.StartsWith(Bearer, StringComparison.Ordinal))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(header[Bearer.Length..]);
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(apiKey));
    }

    /// <summary>
    /// Reads the oversized body to its end: a client still sending it would otherwise lose the connection mid-upload and
    /// never see the 413 that SendGrid answers with. Only the declared length is read, past Kestrel's own limit.
    /// </summary>
    private static async Task DiscardBodyAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = context.Request.ContentLength;
        }

        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
    }

    private static bool Sandboxed(JsonElement body) =>
        body.TryGetProperty("mail_settings", out var settings)
        && settings.TryGetProperty("sandbox_mode", out var sandbox)
        && sandbox.TryGetProperty("enable", out var enable)
        && enable.ValueKind == JsonValueKind.True;

    /// <summary>SendGrid's ids are 22 URL-safe characters.</summary>
    private static string MessageId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static IResult Errors(int status, SendGridError error) =>
        Results.Json(new { errors = new[] { error } }, LocalMailJson.Options, statusCode: status);

    /// <summary>A message as the outbox lists it (<c>/api/mails</c> here, <c>/api/outbox</c> on the local host).</summary>
    public static object Listing(OutboxMessage m) => new
    {
        id = m.Id,
        to = m.To,
        cc = m.Cc,
        subject = m.Subject,
        text = m.Text,
        html = m.Html,
        categories = m.Categories,
        customArgs = m.CustomArgs,
        sentAt = m.SentAt,
        answeredLate = m.AnsweredLate,
    };
}
