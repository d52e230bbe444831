using System.Net.Mail;
using System.Text;
using System.Text.Json;

namespace ReviewFunctions.Emulators.Mail;

/// <summary>
/// Checks a <c>POST /v3/mail/send</c> body against the documented v3 schema and limits, refusing what SendGrid refuses:
/// no personalizations or more than 1,000, more than 1,000 recipients, a recipient twice in one personalization,
/// missing or bad <c>from</c>, a bad address anywhere, no subject, missing or empty content, text/plain not first,
/// attachments without content or file name (or inline without a content id), more than 10 categories or one over
/// 255 characters, and custom arguments over 10,000 bytes.
/// </summary>
public static class MailSendValidator
{
    public const int MaxPersonalizations = 1000;
    public const int MaxRecipients = 1000;
    public const int MaxCategories = 10;
    public const int MaxCategoryLength = 255;
    public const int MaxCustomArgsBytes = 10_000;

    private const string Help = "https://www.twilio.com/docs/sendgrid/api-reference/mail-send/errors#";

    public static IReadOnlyList<SendGridError> Validate(JsonElement body)
    {
        var errors = new List<SendGridError>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new SendGridError("The request body must be a JSON object.", null, Help + "message"));
            return errors;
        }

        var hasTemplate = body.TryGetProperty("template_id", out var template) && template.ValueKind == JsonValueKind.String;
        var everySubject = Personalizations(body, errors);
        Address(body, "from", required: true, errors);
        if (body.TryGetProperty("reply_to", out _))
        {
            Address(body, "reply_to", required: false, errors);
        }

        var subject = body.TryGetProperty("subject", out var s) && s.ValueKind == JsonValueKind.String && s.GetString()!.Length > 0;
        if (!subject && !everySubject && !hasTemplate)
        {
            errors.Add(new SendGridError("The subject is required. Give it at the top level or in every personalization.", "subject", Help + "message.subject"));
        }

        Content(body, hasTemplate, errors);
        Attachments(body, errors);
        Categories(body, errors);
        CustomArgs(body, errors);
        return errors;
    }

    public static bool IsAddress(string? text) =>
        text is not null && MailAddress.TryCreate(text, out var parsed) && parsed.Address == text && parsed.Host.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal);

    /// <returns>True when every personalization has its own subject.</returns>
    private static bool Personalizations(JsonElement body, List<SendGridError> errors)
    {
        if (!body.TryGetProperty("personalizations", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            errors.Add(new SendGridError("The personalizations field is required and must have at least one personalization.", "personalizations", Help + "message.personalizations"));
            return false;
        }

        if (list.GetArrayLength() > MaxPersonalizations)
        {
            errors.Add(new SendGridError($"You may not have more than {MaxPersonalizations} personalizations per API request.", "personalizations", Help + "message.personalizations"));
            return false;
        }

        var recipients = 0;
        var everySubject = true;
        var index = 0;
        foreach (var personalization in list.EnumerateArray())
        {
            var path = $"personalizations.{index}";
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (!personalization.TryGetProperty("to", out var to) || to.ValueKind != JsonValueKind.Array || to.GetArrayLength() == 0)
            {
                errors.Add(new SendGridError("Every personalization needs at least one 'to' address.", $"{path}.to", Help + "message.personalizations.to"));
            }

            foreach (var field in new[] { "to", "cc", "bcc" })
            {
                if (!personalization.TryGetProperty(field, out var addresses) || addresses.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                var i = 0;
                foreach (var address in addresses.EnumerateArray())
                {
                    recipients++;
                    var email = address.ValueKind == JsonValueKind.Object && address.TryGetProperty("email", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
                    if (!IsAddress(email))
                    {
                        errors.Add(new SendGridError($"Does not contain a valid address.", $"{path}.{field}.{i}.email", Help + $"message.personalizations.{field}"));
                    }
                    else if (!seen.Add(email!))
                    {
                        errors.Add(new SendGridError("Each email address in the personalization block should be unique between to, cc, and bcc.", $"{path}.{field}.{i}.email", Help + "message.recipient.duplicates"));
                    }

                    i++;
                }
            }

            everySubject &= personalization.TryGetProperty("subject", out var subject) && subject.ValueKind == JsonValueKind.String && subject.GetString()!.Length > 0;
            index++;
        }

        if (recipients > MaxRecipients)
        {
            errors.Add(new SendGridError($"A request may not have more than {MaxRecipients} recipients in all.", "personalizations", Help + "message.personalizations"));
        }

        return everySubject;
    }

    private static void Address(JsonElement body, string field, bool required, List<SendGridError> errors)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            if (required)
            {
                errors.Add(new SendGridError($"The {field} object must be provided for every email send, with an email parameter.", $"{field}.email", Help + $"message.{field}"));
            }

            return;
        }

        var email = value.TryGetProperty("email", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        if (!IsAddress(email))
        {
            errors.Add(new SendGridError($"The {field} email does not contain a valid address.", $"{field}.email", Help + $"message.{field}"));
        }
    }

    private static void Content(JsonElement body, bool hasTemplate, List<SendGridError> errors)
    {
        if (!body.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Array || content.GetArrayLength() == 0)
        {
            if (!hasTemplate)
            {
                errors.Add(new SendGridError("Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block.", "content", Help + "message.content"));
            }

            return;
        }

        var i = 0;
        foreach (var block in content.EnumerateArray())
        {
            var type = block.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var value = block.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (string.IsNullOrEmpty(type))
            {
                errors.Add(new SendGridError("Each content block needs a type, such as text/plain or text/html.", $"content.{i}.type", Help + "message.content.type"));
            }

            if (string.IsNullOrEmpty(value))
            {
                errors.Add(new SendGridError("The content value must be a string at least one character in length.", $"content.{i}.value", Help + "message.content.value"));
            }

            if (i > 0 && type == "text/plain")
            {
                errors.Add(new SendGridError("If present, text/plain content must be first, followed by any other content.", $"content.{i}.type", Help + "message.content.type"));
            }

            i++;
        }
    }

    private static void Attachments(JsonElement body, List<SendGridError> errors)
    {
        if (!body.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var attachment in attachments.EnumerateArray())
        {
            var content = attachment.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (string.IsNullOrEmpty(content) || !IsBase64(content))
            {
                errors.Add(new SendGridError("The attachment content must be base64 encoded.", $"attachments.{i}.content", Help + "message.attachments.content"));
            }

            if (!attachment.TryGetProperty("filename", out var f) || f.ValueKind != JsonValueKind.String || f.GetString()!.Length == 0)
            {
                errors.Add(new SendGridError("The attachment filename parameter is required.", $"attachments.{i}.filename", Help + "message.attachments.filename"));
            }

            var inline = attachment.TryGetProperty("disposition", out var d) && d.GetString() == "inline";
            if (inline && (!attachment.TryGetProperty("content_id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString()!.Length == 0))
            {
                errors.Add(new SendGridError("The content_id parameter is required when the disposition is inline.", $"attachments.{i}.content_id", Help + "message.attachments.content_id"));
            }

            i++;
        }
    }

    private static void Categories(JsonElement body, List<SendGridError> errors)
    {
        if (!body.TryGetProperty("categories", out var categories) || categories.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        if (categories.GetArrayLength() > MaxCategories)
        {
            errors.Add(new SendGridError($"You may not have more than {MaxCategories} categories per request.", "categories", Help + "message.categories"));
        }

        var i = 0;
        foreach (var category in categories.EnumerateArray())
        {
            if (category.ValueKind != JsonValueKind.String || category.GetString()!.Length > MaxCategoryLength)
            {
                errors.Add(new SendGridError($"A category must be a string of at most {MaxCategoryLength} characters.", $"categories.{i}", Help + "message.categories"));
            }

            i++;
        }
    }

    private static void CustomArgs(JsonElement body, List<SendGridError> errors)
    {
        var total = 0;
        foreach (var holder in new[] { body }.Concat(body.TryGetProperty("personalizations", out var p) && p.ValueKind == JsonValueKind.Array ? p.EnumerateArray() : Enumerable.Empty<JsonElement>()))
        {
            if (!holder.TryGetProperty("custom_args", out var args))
            {
                continue;
            }

            if (args.ValueKind != JsonValueKind.Object || args.EnumerateObject().Any(a => a.Value.ValueKind != JsonValueKind.String))
            {
                errors.Add(new SendGridError("custom_args must be an object whose values are strings.", "custom_args", Help + "message.custom_args"));
                return;
            }

            total += Encoding.UTF8.GetByteCount(args.GetRawText());
        }

        if (total > MaxCustomArgsBytes)
        {
            errors.Add(new SendGridError($"The total size of custom arguments may not exceed {MaxCustomArgsBytes} bytes.", "custom_args", Help + "message.custom_args"));
        }
    }

    private static bool IsBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out _);
    }
}
