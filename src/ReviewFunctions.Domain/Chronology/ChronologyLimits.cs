namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// How much one uploaded chronology may hold. The template lets a cell hold as much as the author types, so the cell
/// limit is generous; the limits are there so a runaway export or a hostile file cannot tie up the review's host.
/// </summary>
/// <param name="MaxEvents">Events in one upload; a review's period rarely gives an agency more than a few hundred.</param>
/// <param name="MaxCellCharacters">Characters in one cell, about three pages of text.</param>
/// <param name="MaxFileBytes">Bytes of the file as uploaded.</param>
public sealed record ChronologyLimits(int MaxEvents = 5_000, int MaxCellCharacters = 10_000, long MaxFileBytes = 10L * 1024 * 1024)
{
    public static ChronologyLimits Default { get; } = new();
}
