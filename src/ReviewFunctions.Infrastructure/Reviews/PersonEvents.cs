using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>
/// Reads the one event a person posts. The server sets when it happened; events the system records itself (reminders,
/// notices, case files) cannot be posted, so nobody can fake the evidence that a notice went.
/// </summary>
public static partial class PersonEvents
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "agency-responded", "decision-recorded", "step-completed", "extension-agreed", "member-added", "member-removed",
        "action-plan-agreed", "action-updated", "action-plan-signed-off", "records-status-decided", "notice-confirmed",
    };

    public const string DefaultExtensionStep = "review-complete";

    public static (ReviewEvent? Event, string? Problem) Read(string body, DateTimeOffset now)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException e)
        {
            return (null, $"The body is not valid JSON: {e.Message}");
        }

        if (json is null)
        {
            return (null, "The body must be one JSON object with a 'type'.");
        }

        var type = json["type"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (type is null)
        {
            return (null, $"Say what happened with 'type', one of: {string.Join(", ", Types)}.");
        }

        if (!Types.Contains(type))
        {
            return (null, $"'{type}' cannot be posted: it is not one of {string.Join(", ", Types)}.");
        }

        if (json.ContainsKey("at"))
        {
            return (null, "'at' is set by the server to the moment the event is recorded; leave it out.");
        }

        json["at"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        if (type == "extension-agreed" && !json.ContainsKey("step"))
        {
            json["step"] = DefaultExtensionStep;
        }

        try
        {
            return (ReviewJson.Deserialize(json.ToJsonString()), null);
        }
        catch (JsonException e)
        {
            var missing = MissingFields().Match(e.Message);
            return missing.Success
                ? (null, $"The '{type}' event is not complete: add {missing.Groups[1].Value}.")
                : (null, $"The '{type}' event is not complete or has a wrong value: {Plain(e.Message)}");
        }
    }

    /// <summary>System.Text.Json's words for absent required values, which name the fields in the sender's own spelling.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"missing required properties including: (.+?)\.?(?: Path:|$)")]
    private static partial System.Text.RegularExpressions.Regex MissingFields();

    private static string Plain(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
