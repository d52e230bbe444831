using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>
/// Reads the one event a person posts. The server sets when it happened and who did it (the signed-in caller); events
/// the system records itself (reminders, notices, case files) cannot be posted, so nobody can fake the evidence that a
/// notice went.
/// </summary>
public static partial class PersonEvents
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "agency-responded", "decision-recorded", "step-completed", "extension-agreed", "member-added", "member-removed",
        "action-plan-agreed", "action-updated", "action-plan-signed-off", "records-status-decided", "notice-confirmed",
        "publication-recorded", "embargo-recorded", "embargo-lifted", "themes-recorded",
    };

    public const string DefaultExtensionStep = "review-complete";

    /// <summary>The reason a caller gives for acting for another role or letting someone outside the partnership in.</summary>
    public const string JustificationField = "justification";

    public static PostedEvent Read(string body, DateTimeOffset now, Caller caller)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException e)
        {
            return PostedEvent.Invalid($"The body is not valid JSON: {e.Message}");
        }

        if (json is null)
        {
            return PostedEvent.Invalid("The body must be one JSON object with a 'type'.");
        }

        var type = json["type"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (type is null)
        {
            return PostedEvent.Invalid($"Say what happened with 'type', one of: {string.Join(", ", Types)}.");
        }

        if (!Types.Contains(type))
        {
            return PostedEvent.Invalid($"'{type}' cannot be posted: it is not one of {string.Join(", ", Types)}.");
        }

        if (json.ContainsKey("at"))
        {
            return PostedEvent.Invalid("'at' is set by the server to the moment the event is recorded; leave it out.");
        }

        if (json["by"] is { } by && !(by is JsonValue byValue && byValue.TryGetValue<string>(out var named) && caller.Is(named)))
        {
            return new PostedEvent(null, null, null, Spoofed: true);
        }

        var justification = json[JustificationField] is JsonValue given && given.TryGetValue<string>(out var reason) ? reason : null;
        json.Remove(JustificationField);
        json["by"] = caller.Identity;

        json["at"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        if (type == "extension-agreed" && !json.ContainsKey("step"))
        {
            json["step"] = DefaultExtensionStep;
        }

        try
        {
            return new PostedEvent(ReviewJson.Deserialize(json.ToJsonString()), null, justification);
        }
        catch (JsonException e)
        {
            var missing = MissingFields().Match(e.Message);
            return PostedEvent.Invalid(missing.Success
                ? $"The '{type}' event is not complete: add {missing.Groups[1].Value}."
                : $"The '{type}' event is not complete or has a wrong value: {Plain(e.Message)}");
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
