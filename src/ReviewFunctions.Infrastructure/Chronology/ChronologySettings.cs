using System.Globalization;

namespace ReviewFunctions.Infrastructure.Chronology;

/// <summary>
/// The Board's rule for the integrated chronology: how many days without any agency seeing the child is a gap the
/// panel must look at. App setting <c>Chronology__GapDays</c>; 28 days, a month between sightings, unless the Board
/// sets another.
/// </summary>
public sealed record ChronologySettings(int GapDays)
{
    public const int DefaultGapDays = 28;

    public static ChronologySettings FromSettings(Func<string, string?> setting)
    {
        var text = setting("Chronology:GapDays") ?? setting("Chronology__GapDays");
        if (text is null)
        {
            return new ChronologySettings(DefaultGapDays);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 3660
            ? new ChronologySettings(days)
            : throw new InvalidOperationException($"The setting Chronology__GapDays must be a whole number of days from 1 to 3660; it is '{text}'.");
    }
}
