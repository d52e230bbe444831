namespace ReviewFunctions.Infrastructure.Health;

/// <summary>Every dependency's status, in the order they were checked, and whether the app can work.</summary>
public sealed class DependencyReport(IReadOnlyDictionary<string, DependencyStatus> checks)
{
    public IReadOnlyDictionary<string, DependencyStatus> Checks { get; } = checks;

    public bool AllPass => !Checks.Values.Any(c => c.IsFailing);

    /// <summary>"ok", or "failing" when any dependency is.</summary>
    public string Status => AllPass ? "ok" : "failing";

    /// <summary>200 when every dependency passes, 503 otherwise, so a probe needs only the status code.</summary>
    public int HttpStatus => AllPass ? 200 : 503;

    public IReadOnlyList<string> Failing => [.. Checks.Where(c => c.Value.IsFailing).Select(c => c.Key)];
}
