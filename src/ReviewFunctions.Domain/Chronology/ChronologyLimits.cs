using System.Globalization;

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

    /// <summary>The problem with a file of <paramref name="bytes"/> when that is over <see cref="MaxFileBytes"/>, otherwise null.</summary>
    /// <param name="file">How the message names the file: "The file", "'chronology.docx'".</param>
    public ChronologyProblem? FileTooBig(long bytes, string file) =>
        bytes > MaxFileBytes
            ? new ChronologyProblem(null, null, $"{file} is {Size(bytes)}, more than the {Size(MaxFileBytes)} a chronology upload may be; split it into two files by date and upload each.")
            : null;

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(bytes / 1024.0):0} KB");
}
