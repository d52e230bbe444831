namespace ReviewFunctions.Domain.Chronology;

/// <summary>A stretch longer than the Board's limit in which no agency recorded seeing the child: where missed chances are looked for.</summary>
/// <param name="BoardDays">The Board's limit in days; the gap is longer than this.</param>
public sealed record SightingGap(DateOnly From, DateOnly To, GapKind Kind, int BoardDays) : TimelineRow
{
    /// <summary>Days from <see cref="From"/> to <see cref="To"/> as a calendar counts them: seen on 1 March and next on 15 March is 14 days.</summary>
    public int Days => To.DayNumber - From.DayNumber;
}
