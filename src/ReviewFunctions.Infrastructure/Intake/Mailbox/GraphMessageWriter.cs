using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Writes a message read through the Graph SDK back as Graph's message JSON, so the mailbox reader hands the
/// pipeline exactly what the HTTP endpoint receives, and quarantine keeps the same shape either way.
/// </summary>
internal static class GraphMessageWriter
{
    public static byte[] ToJson(Message message, IReadOnlyList<Attachment> attachments) =>
        JsonSerializer.SerializeToUtf8Bytes(Write(message, attachments));

    private static JsonObject Write(Message message, IEnumerable<Attachment> attachments)
    {
        var json = new JsonObject
        {
            ["id"] = message.Id,
            ["internetMessageId"] = message.InternetMessageId,
            ["subject"] = message.Subject,
            ["receivedDateTime"] = message.ReceivedDateTime?.ToString("O", CultureInfo.InvariantCulture),
            ["body"] = new JsonObject
            {
                ["contentType"] = message.Body?.ContentType == BodyType.Html ? "html" : "text",
                ["content"] = message.Body?.Content,
            },
            ["attachments"] = new JsonArray(attachments.Select(Write).Where(a => a is not null).ToArray()),
        };
        if (message.From?.EmailAddress is { } from)
        {
            json["from"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = from.Name, ["address"] = from.Address } };
        }

        return json;
    }

    private static JsonNode? Write(Attachment attachment) => attachment switch
    {
        FileAttachment file => new JsonObject
        {
            ["@odata.type"] = GraphMessageJson.FileAttachmentType,
            ["name"] = file.Name,
            ["contentType"] = file.ContentType,
            ["isInline"] = file.IsInline ?? false,
            ["contentBytes"] = file.ContentBytes is null ? null : Convert.ToBase64String(file.ContentBytes),
        },
        ItemAttachment { Item: Message item } itemAttachment => new JsonObject
        {
            ["@odata.type"] = GraphMessageJson.ItemAttachmentType,
            ["name"] = itemAttachment.Name,
            ["item"] = Write(item, item.Attachments ?? []),
        },
        _ => new JsonObject
        {
            ["@odata.type"] = attachment.OdataType,
            ["name"] = attachment.Name,
            ["contentType"] = attachment.ContentType,
        },
    };
}
