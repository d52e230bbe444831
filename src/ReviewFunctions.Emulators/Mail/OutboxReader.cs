using System.Text.Json;

namespace ReviewFunctions.Emulators.Mail;

/// <summary>Turns an accepted (already validated) v3 body into the outbox's view of it.</summary>
internal static class OutboxReader
{
    public static OutboxMessage Read(string id, JsonElement body, DateTimeOffset at)
    {
        var personalizations = body.GetProperty("personalizations").EnumerateArray().ToList();
        var customArgs = new Dictionary<string, string>(StringComparer.Ordinal);
        AddArgs(body, customArgs);
        personalizations.ForEach(p => AddArgs(p, customArgs));

        return new OutboxMessage(
            id,
            Addresses(personalizations, "to"),
            Addresses(personalizations, "cc"),
            personalizations.Select(p => Text(p, "subject")).FirstOrDefault(s => s is not null) ?? Text(body, "subject"),
            Content(body, "text/plain"),
            Content(body, "text/html"),
            body.TryGetProperty("categories", out var categories) ? [.. categories.EnumerateArray().Select(c => c.GetString()!)] : [],
            customArgs,
            at)
        {
            Attachments = body.TryGetProperty("attachments", out var attachments)
                ? [.. attachments.EnumerateArray().Select(a => new OutboxAttachment(Text(a, "filename")!, Text(a, "type"), Text(a, "content_id"), Text(a, "disposition"), Convert.FromBase64String(Text(a, "content")!)))]
                : [],
            Request = body,
        };
    }

    private static List<string> Addresses(List<JsonElement> personalizations, string field) =>
        [.. personalizations.SelectMany(p => p.TryGetProperty(field, out var list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>()).Select(a => a.GetProperty("email").GetString()!)];

    private static string? Content(JsonElement body, string type) =>
        body.TryGetProperty("content", out var content)
            ? content.EnumerateArray().Where(c => Text(c, "type") == type).Select(c => Text(c, "value")).FirstOrDefault()
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void AddArgs(JsonElement holder, Dictionary<string, string> args)
    {
        if (holder.TryGetProperty("custom_args", out var custom) && custom.ValueKind == JsonValueKind.Object)
        {
            foreach (var arg in custom.EnumerateObject())
            {
                args[arg.Name] = arg.Value.GetString()!;
            }
        }
    }
}
