using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Infrastructure.Tests.Intake.Support;

/// <summary>Messages in Microsoft Graph's JSON shape, as the mailbox reader and the HTTP endpoint hand them over.</summary>
internal static class Messages
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static readonly DateTimeOffset Received = new(2027, 2, 8, 10, 42, 0, TimeSpan.Zero);

    public static JsonObject Json(
        string id,
        string body = "Please find the referral form attached.",
        string contentType = "text",
        string fromName = "Priya Raman",
        string fromAddress = "priya.raman@westbridge.example.gov.uk",
        DateTimeOffset? received = null,
        string subject = "SCR referral",
        params JsonObject[] attachments) => new()
        {
            ["internetMessageId"] = id,
            ["subject"] = subject,
            ["from"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = fromName, ["address"] = fromAddress } },
            ["receivedDateTime"] = (received ?? Received).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["body"] = new JsonObject { ["contentType"] = contentType, ["content"] = body },
            ["attachments"] = new JsonArray(attachments.Cast<JsonNode>().ToArray()),
        };

    public static JsonObject File(string name, byte[] content, string contentType = Docx, bool inline = false) => new()
    {
        ["@odata.type"] = GraphMessageJson.FileAttachmentType,
        ["name"] = name,
        ["contentType"] = contentType,
        ["isInline"] = inline,
        ["contentBytes"] = Convert.ToBase64String(content),
    };

    /// <summary>An e-mail attached to this one, as Graph returns it with <c>$expand=microsoft.graph.itemattachment/item</c>.</summary>
    public static JsonObject Item(string name, JsonObject message)
    {
        var item = (JsonObject)message.DeepClone();
        item["@odata.type"] = "#microsoft.graph.message";
        return new JsonObject
        {
            ["@odata.type"] = GraphMessageJson.ItemAttachmentType,
            ["name"] = name,
            ["item"] = item,
        };
    }

    public static byte[] Bytes(JsonObject message) => JsonSerializer.SerializeToUtf8Bytes(message);

    public static IntakeMessage Parse(JsonObject message)
    {
        Assert.True(GraphMessageJson.TryParse(Bytes(message), out var parsed, out var problem), problem);
        return parsed;
    }
}
