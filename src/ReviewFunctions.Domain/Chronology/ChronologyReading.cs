namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// What reading an uploaded chronology gave: all its entries when nothing is wrong, otherwise no entries and every
/// problem. Nothing is taken from a file with a problem, so the panel never merges half an agency's chronology.
/// </summary>
public sealed record ChronologyReading(IReadOnlyList<ChronologyEntry> Entries, IReadOnlyList<ChronologyProblem> Problems)
{
    public bool IsAccepted => Problems.Count == 0;

    public static ChronologyReading Rejected(params ChronologyProblem[] problems) => new([], problems);
}
