using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>
/// The one JSON shape of review events, used in the event store, the HTTP API and the history: a kebab-case
/// <c>type</c> and camelCase fields, so a stored event reads the same as the one a person posted.
/// </summary>
public static class ReviewJson
{
    public static readonly JsonSerializerOptions Options = Create();

    public static string Serialize(ReviewEvent e) => JsonSerializer.Serialize(e, Options);

    public static ReviewEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<ReviewEvent>(json, Options) ?? throw new JsonException("A review event cannot be null.");

    /// <summary>The kebab-case type name of an event, as stored and as posted.</summary>
    public static string TypeOf(ReviewEvent e) =>
        JsonSerializer.SerializeToElement(e, Options).GetProperty("type").GetString()!;

    /// <summary>The kebab-case name of a command, as it travels in JSON ("send-notice").</summary>
    public static string CommandName(ReviewCommand command) =>
        JsonSerializer.SerializeToElement(command, Options).GetProperty("command").GetString()!;

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowOutOfOrderMetadataProperties = true,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
