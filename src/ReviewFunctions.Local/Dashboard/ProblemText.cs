using System.Text.Json;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>The words of an API problem (RFC 9457), for a page that shows the same refusal the API gives.</summary>
public static class ProblemText
{
    public static string? Title(string problemJson) => Read(problemJson, "title");

    public static string? Detail(string problemJson) => Read(problemJson, "detail");

    private static string? Read(string problemJson, string name)
    {
        try
        {
            using var json = JsonDocument.Parse(problemJson);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
