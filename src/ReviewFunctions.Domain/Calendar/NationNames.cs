namespace ReviewFunctions.Domain.Calendar;

/// <summary>The kebab-case names used in procedure files, the CLI and the HTTP API.</summary>
public static class NationNames
{
    private static readonly Dictionary<string, Nation> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["england"] = Nation.England,
        ["wales"] = Nation.Wales,
        ["scotland"] = Nation.Scotland,
        ["northern-ireland"] = Nation.NorthernIreland,
        ["jersey"] = Nation.Jersey,
    };

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string ToName(this Nation nation) => nation switch
    {
        Nation.England => "england",
        Nation.Wales => "wales",
        Nation.Scotland => "scotland",
        Nation.NorthernIreland => "northern-ireland",
        Nation.Jersey => "jersey",
        _ => throw new ArgumentOutOfRangeException(nameof(nation), nation, "Unknown nation."),
    };

    public static bool TryParse(string? name, out Nation nation)
    {
        nation = default;
        return name is not null && ByName.TryGetValue(name.Trim(), out nation);
    }
}
