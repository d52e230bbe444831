using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewFunctions.Health;

/// <summary>
/// What <c>GET /api/health</c> answers: that the app is up, which app it is and which build.
/// Plain code, so it is tested the same way whichever Functions SDK the build uses.
/// </summary>
public sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("version")] string Version)
{
    /// <summary>The media type of <see cref="ToJson"/>.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>The name the report gives for this app.</summary>
    public const string ServiceName = "ReviewFunctions";

    /// <summary>The report for this running app.</summary>
    public static HealthReport Current { get; } = For(typeof(HealthReport).Assembly);

    /// <summary>
    /// The report for <paramref name="assembly"/>: status <c>ok</c> and its informational version
    /// (which carries the commit when the build knows it), or its assembly version if it has none.
    /// </summary>
    public static HealthReport For(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
        return new HealthReport("ok", ServiceName, version);
    }

    // The default encoder would write the '+' of "1.0.0+<commit>" as \u002B. The relaxed one still
    // escapes quotes, backslashes and control characters; it only leaves HTML-sensitive characters
    // alone, which is right for a body served as application/json.
    private static readonly HealthReportJsonContext Json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The report as the JSON object the endpoint sends.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json.HealthReport);
}

[JsonSerializable(typeof(HealthReport))]
internal sealed partial class HealthReportJsonContext : JsonSerializerContext;
