using System.Text.Json;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Reads Graph's message JSON. Anything malformed (not JSON, wrong types, bad base64) is reported as one plain
/// sentence; the JSON reader's own exception text is never passed on, since it can quote the content.
/// </summary>
public static class GraphMessageJson
{
    public const string FileAttachmentType = "#microsoft.graph.fileAttachment";
    public const string ItemAttachmentType = "#microsoft.graph.itemAttachment";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip };

    public static bool TryParse(ReadOnlyMemory<byte> json, out IntakeMessage message, out string? problem)
    {
        message = null!;
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = "The message is not a JSON object in Microsoft Graph's message shape.";
                return false;
            }

            message = Read(document.RootElement, depth: 0);
            return true;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            problem = "The message could not be read: it is not valid JSON in Microsoft Graph's message shape.";
            return false;
        }
    }

    private static IntakeMessage Read(JsonElement m, int depth)
    {
        var attachments = new List<IntakeAttachment>();
        if (m.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in list.EnumerateArray())
            {
                attachments.Add(ReadAttachment(a, depth));
            }
        }

        var body = m.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.Object ? b : default;
        return new IntakeMessage(
            String(m, "internetMessageId"),
            String(m, "subject"),
            Address(m, "from") ?? Address(m, "sender"),
            m.TryGetProperty("receivedDateTime", out var r) && r.ValueKind == JsonValueKind.String ? r.GetDateTimeOffset() : null,
            body.ValueKind == JsonValueKind.Object ? String(body, "contentType") : null,
            body.ValueKind == JsonValueKind.Object ? String(body, "content") : null,
            attachments,
            String(m, "id"));
    }

    private static IntakeAttachment ReadAttachment(JsonElement a, int depth)
    {
        var type = String(a, "@odata.type") ?? FileAttachmentType;
        var content = a.TryGetProperty("contentBytes", out var bytes) && bytes.ValueKind == JsonValueKind.String
            ? bytes.GetBytesFromBase64()
            : [];
        IntakeMessage? item = null;
        if (depth < 3 && a.TryGetProperty("item", out var i) && i.ValueKind == JsonValueKind.Object)
        {
            item = Read(i, depth + 1);
        }

        return new IntakeAttachment(
            type,
            String(a, "name") ?? "(no name)",
            String(a, "contentType"),
            content,
            a.TryGetProperty("isInline", out var inline) && inline.ValueKind == JsonValueKind.True,
            item);
    }

    private static MailAddress? Address(JsonElement m, string property) =>
        m.TryGetProperty(property, out var from) && from.ValueKind == JsonValueKind.Object
        && from.TryGetProperty("emailAddress", out var e) && e.ValueKind == JsonValueKind.Object && String(e, "address") is { } address
            ? new MailAddress(address, String(e, "name"))
            : null;

    private static string? String(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
