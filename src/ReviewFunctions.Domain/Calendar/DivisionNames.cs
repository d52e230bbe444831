namespace ReviewFunctions.Domain.Calendar;

/// <summary>The top-level keys of the gov.uk feed (plus our "jersey").</summary>
internal static class DivisionNames
{
    public const string EnglandAndWales = "england-and-wales";
    public const string Scotland = "scotland";
    public const string NorthernIreland = "northern-ireland";
    public const string Jersey = "jersey";

    public static readonly IReadOnlyList<Division> All =
        [Division.EnglandAndWales, Division.Scotland, Division.NorthernIreland, Division.Jersey];

    public static Division ForNation(Nation nation) => nation switch
    {
        Nation.England or Nation.Wales => Division.EnglandAndWales,
        Nation.Scotland => Division.Scotland,
        Nation.NorthernIreland => Division.NorthernIreland,
        Nation.Jersey => Division.Jersey,
        _ => throw new ArgumentOutOfRangeException(nameof(nation), nation, "Unknown nation."),
    };

    public static string ToKey(this Division division) => division switch
    {
        Division.EnglandAndWales => EnglandAndWales,
        Division.Scotland => Scotland,
        Division.NorthernIreland => NorthernIreland,
        Division.Jersey => Jersey,
        _ => throw new ArgumentOutOfRangeException(nameof(division), division, "Unknown division."),
    };

    public static bool TryParse(string key, out Division division)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToKey(), key, StringComparison.Ordinal))
            {
                division = candidate;
                return true;
            }
        }

        division = default;
        return false;
    }
}
