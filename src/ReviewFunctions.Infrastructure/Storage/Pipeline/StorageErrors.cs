using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Azure;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Turns an error response into a <see cref="StorageRequestException"/>.</summary>
internal static class StorageErrors
{
    public static StorageRequestException From(Response response, string operation)
    {
        response.Headers.TryGetValue("x-ms-request-id", out var requestId);
        return new StorageRequestException(operation, response.Status, ErrorCode(response), requestId);
    }

    public static string? ErrorCode(Response response) =>
        response.Headers.TryGetValue("x-ms-error-code", out var code) && code.Length > 0
            ? code
            : ErrorCodeFromBody(BodyText(response));

    /// <summary>Reads <c>odata.error.code</c> (Table JSON) or <c>Error/Code</c> (Blob and Azurite XML).</summary>
    public static string? ErrorCodeFromBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var trimmed = body.TrimStart();
        try
        {
            if (trimmed.StartsWith('{'))
            {
                using var json = JsonDocument.Parse(trimmed);
                return json.RootElement.TryGetProperty("odata.error", out var error) && error.TryGetProperty("code", out var code)
                    ? code.GetString()
                    : null;
            }

            if (trimmed.StartsWith('<'))
            {
                return XDocument.Parse(trimmed).Root?.Element("Code")?.Value;
            }
        }
        catch (Exception ex) when (ex is JsonException or XmlException)
        {
            // An unparseable error body still leaves the status to go on.
        }

        return null;
    }

    private static string? BodyText(Response response)
    {
        try
        {
            return response.Content.ToString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
