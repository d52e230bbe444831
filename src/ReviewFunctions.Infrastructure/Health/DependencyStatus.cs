using System.Text.Json.Serialization;

namespace ReviewFunctions.Infrastructure.Health;

/// <summary>One dependency as the health route shows it: ok, failing or not used, and for the last two a fixed reason.</summary>
public sealed class DependencyStatus
{
    public static readonly DependencyStatus Ok = new("ok", null);

    private DependencyStatus(string status, HealthReason? reason)
    {
        Status = status;
        Reason = reason?.Text;
    }

    [JsonPropertyName("status")]
    public string Status { get; }

    [JsonPropertyName("reason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; }

    [JsonIgnore]
    public bool IsFailing => Status == "failing";

    public static DependencyStatus Failing(HealthReason reason) => new("failing", reason);

    /// <summary>A dependency this host does without, e.g. Graph where case files are kept in the local vault.</summary>
    public static DependencyStatus NotUsed(HealthReason reason) => new("not used", reason);
}
