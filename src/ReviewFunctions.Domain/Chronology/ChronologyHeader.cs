namespace ReviewFunctions.Domain.Chronology;

/// <summary>Where each of the template's columns stands in one upload's heading row, and which positions have no heading.</summary>
internal sealed class ChronologyHeader
{
    private readonly Dictionary<ChronologyColumn, int> positions;
    private readonly HashSet<int> foreign;

    private ChronologyHeader(Dictionary<ChronologyColumn, int> positions, HashSet<int> foreign)
    {
        this.positions = positions;
        this.foreign = foreign;
    }

    public bool RecognisesAny => positions.Count > 0;

    /// <summary>How many of the template's headings the row holds: what picks the chronology among a document's tables.</summary>
    public static int Recognised(IReadOnlyList<string> cells) =>
        cells.Select(c => ChronologyHeadings.Match(c)).OfType<ChronologyColumn>().Distinct().Count();

    public static ChronologyHeader Read(IReadOnlyList<string> cells, int row, List<ChronologyProblem> problems)
    {
        var positions = new Dictionary<ChronologyColumn, int>();
        var foreign = new HashSet<int>();
        var foreignHeadings = new List<(int Index, string Heading)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var heading = cells[i].Trim();
            if (heading.Length == 0)
            {
                // A column with no heading is judged by its cells: spreadsheets often export empty columns at the end.
                continue;
            }

            if (ChronologyHeadings.Match(heading) is not { } column)
            {
                foreign.Add(i);
                foreignHeadings.Add((i, heading));
            }
            else if (positions.TryGetValue(column, out var first))
            {
                foreign.Add(i);
                problems.Add(new ChronologyProblem(row, column, $"Row {row}: the {ChronologyHeadings.ShortName(column)} heading is there twice, in columns {first + 1} and {i + 1}; keep one of them."));
            }
            else
            {
                positions[column] = i;
            }
        }

        if (positions.Count == 0)
        {
            problems.Add(new ChronologyProblem(row, null, $"Row {row} should be the heading row of the chronology template, but none of its cells is one of the template's headings: {TemplateHeadings}."));
            return new ChronologyHeader(positions, foreign);
        }

        foreach (var (index, heading) in foreignHeadings)
        {
            var shown = ChronologyValues.Quoted(heading) is { } quoted ? $"the column {quoted}" : "the column";
            problems.Add(new ChronologyProblem(row, null, $"Row {row}: {shown} (column {index + 1}) is not in the chronology template; remove it, or move what it holds into the Note column."));
        }

        foreach (var missing in ChronologyHeadings.Columns.Where(c => !positions.ContainsKey(c)))
        {
            problems.Add(new ChronologyProblem(row, missing, $"Row {row}: there is no '{ChronologyHeadings.Heading(missing)}' column; the chronology template has these headings: {TemplateHeadings}."));
        }

        return new ChronologyHeader(positions, foreign);
    }

    /// <summary>The cell's text, trimmed, with Windows line ends made plain; empty past the row's end; null when the column is missing.</summary>
    public string? Cell(IReadOnlyList<string> cells, ChronologyColumn column)
    {
        if (!positions.TryGetValue(column, out var index))
        {
            return null;
        }

        return index < cells.Count ? cells[index].Trim().ReplaceLineEndings("\n") : string.Empty;
    }

    /// <summary>A position that is neither one of the template's columns nor a column already reported as not in it.</summary>
    public bool IsUnheaded(int index) => !foreign.Contains(index) && !positions.ContainsValue(index);

    private static string TemplateHeadings =>
        string.Join(", ", ChronologyHeadings.Columns.Select(c => $"'{ChronologyHeadings.Heading(c)}'"));
}
