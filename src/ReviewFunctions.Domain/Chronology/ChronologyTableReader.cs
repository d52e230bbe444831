namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// Reads a chronology given as rows of cell text, as a Word table gives them, by the same rules as a CSV upload
/// (<see cref="ChronologyValidator"/>), so an agency gets the same answer whichever format it sends.
/// </summary>
public static class ChronologyTableReader
{
    /// <param name="agency">The agency whose chronology this is; every entry carries it.</param>
    public static ChronologyReading Read(IEnumerable<IReadOnlyList<string>> rows, string agency, ChronologyLimits? limits = null) =>
        ChronologyValidator.Validate(rows, agency, limits ?? ChronologyLimits.Default);

    /// <summary>How many of the template's headings a row holds, to pick the chronology among the tables of a document.</summary>
    public static int HeadingsRecognised(IReadOnlyList<string> row) => ChronologyHeader.Recognised(row);
}
