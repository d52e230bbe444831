using System.Text.Json;

namespace ReviewFunctions.Infrastructure.Chronology;

/// <summary>
/// <c>{"agency": "Westbridge Police", "fileName": "chronology.csv", "content": "base64…"}</c>: the API takes writes as
/// JSON only, so the file comes base64-encoded inside it.
/// </summary>
public sealed record ChronologyUploadRequest(string Agency, string FileName, byte[] Content)
{
    public static (ChronologyUploadRequest? Request, string? Problem) Read(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Shape);
            }

            var agency = Text(root, "agency");
            var fileName = Text(root, "fileName");
            var content = Text(root, "content");
            if (agency is null || fileName is null || content is null)
            {
                return (null, Shape);
            }

            var bytes = new byte[content.Length * 3 / 4];
            return Convert.TryFromBase64String(content, bytes, out var written)
                ? (new ChronologyUploadRequest(agency.Trim(), Path.GetFileName(fileName.Trim()), bytes[..written]), null)
                : (null, "'content' is not base64: encode the file's bytes as base64.");
        }
        catch (JsonException e)
        {
            return (null, $"The body is not valid JSON: {e.Message}");
        }
    }

    private const string Shape = "The body must be {\"agency\": the agency's name as on the referral, \"fileName\": \"….csv\" or \"….docx\", \"content\": the file's bytes in base64}.";

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;
}
