using System.Text;
using System.Text.Json;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>Writes the documented v3 <c>mail/send</c> body: one personalization per recipient, text before HTML.</summary>
internal static class SendGridRequestBody
{
    public const int MaxPersonalizations = 1000;
    public const int MaxCategories = 10;
    public const int MaxCustomArgsBytes = 10_000;

    public static byte[] Write(OutgoingMail mail, SendGridOptions options)
    {
        Check(mail);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("personalizations");
            foreach (var to in mail.To)
            {
                json.WriteStartObject();
                json.WriteStartArray("to");
                Address(json, to);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("from");
            Address(json, options.From);
            if (mail.ReplyTo is not null)
            {
                json.WritePropertyName("reply_to");
                Address(json, mail.ReplyTo);
            }

            json.WriteString("subject", mail.Subject);
            json.WriteStartArray("content");
            Content(json, "text/plain", mail.Text);
            Content(json, "text/html", mail.Html);
            json.WriteEndArray();
            if (mail.Attachments.Count > 0)
            {
                json.WriteStartArray("attachments");
                foreach (var attachment in mail.Attachments)
                {
                    json.WriteStartObject();
                    json.WriteString("content", Convert.ToBase64String(attachment.Content.Span));
                    json.WriteString("type", attachment.ContentType);
                    json.WriteString("filename", attachment.Filename);
                    json.WriteString("disposition", attachment.ContentId is null ? "attachment" : "inline");
                    if (attachment.ContentId is not null)
                    {
                        json.WriteString("content_id", attachment.ContentId);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("categories");
            mail.Categories.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartObject("custom_args");
            foreach (var (key, value) in mail.CustomArgs)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            json.WriteStartObject("mail_settings");
            json.WriteStartObject("sandbox_mode");
            json.WriteBoolean("enable", options.SandboxMode);
            json.WriteEndObject();
            json.WriteEndObject();

            // Case letters must not be rewritten with tracking links or pixels.
            json.WriteStartObject("tracking_settings");
            json.WriteStartObject("click_tracking");
            json.WriteBoolean("enable", false);
            json.WriteEndObject();
            json.WriteStartObject("open_tracking");
            json.WriteBoolean("enable", false);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Limits SendGrid would refuse anyway, caught before the message leaves, with a clearer reason.</summary>
    private static void Check(OutgoingMail mail)
    {
        if (mail.To.Count is 0 or > MaxPersonalizations)
        {
            throw new ArgumentException($"A message goes to between 1 and {MaxPersonalizations} recipients.", nameof(mail));
        }

        if (mail.Categories.Count > MaxCategories || mail.Categories.Any(c => c.Length is 0 or > 255))
        {
            throw new ArgumentException($"A message has at most {MaxCategories} categories of 1-255 characters.", nameof(mail));
        }

        if (Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(mail.CustomArgs)) > MaxCustomArgsBytes)
        {
            throw new ArgumentException($"Custom arguments are limited to {MaxCustomArgsBytes} bytes.", nameof(mail));
        }

        if (string.IsNullOrEmpty(mail.Text) || string.IsNullOrEmpty(mail.Html) || string.IsNullOrWhiteSpace(mail.Subject))
        {
            throw new ArgumentException("A message needs a subject, a text body and an HTML body.", nameof(mail));
        }
    }

    private static void Address(Utf8JsonWriter json, EmailAddress address)
    {
        json.WriteStartObject();
        json.WriteString("email", address.Email);
        if (!string.IsNullOrWhiteSpace(address.Name))
        {
            json.WriteString("name", address.Name);
        }

        json.WriteEndObject();
    }

    private static void Content(Utf8JsonWriter json, string type, string value)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("value", value);
        json.WriteEndObject();
    }
}
