using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReviewFunctions.Infrastructure.Health;

namespace ReviewFunctions.Health;

/// <summary>
/// What <c>GET /api/health</c> answers: whether the app can work, which app it is and which build, and each dependency's
/// status. Plain code, so it is tested the same way whichever Functions SDK the build uses.
/// </summary>
public sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("checks")] IReadOnlyDictionary<string, DependencyStatus> Checks)
{
    /// <summary>The media type of <see cref="ToJson"/>.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>The name the report gives for this app.</summary>
    public const string ServiceName = "ReviewFunctions";

    /// <summary>This app's build version.</summary>
    public static string AppVersion { get; } = VersionOf(typeof(HealthReport).Assembly);

    /// <summary>The report for this running app with its dependencies as checked.</summary>
    public static HealthReport Of(DependencyReport dependencies)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        return new HealthReport(dependencies.Status, ServiceName, AppVersion, dependencies.Checks);
    }

    /// <summary>
    /// The informational version of <paramref name="assembly"/> (which carries the commit when the build knows it), or
    /// its assembly version if it has none.
    /// </summary>
    public static string VersionOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
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
