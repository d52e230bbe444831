using System.Globalization;

namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// The one set of rules every upload goes through, whatever its format: the first row that is not empty is the
/// heading row, every later row that is not empty is an event. Rows are numbered as the spreadsheet or table shows
/// them, empty ones included, so "Row 7" is the row the author sees as 7.
/// </summary>
internal static class ChronologyValidator
{
    public static ChronologyReading Validate(IEnumerable<IReadOnlyList<string>> rows, string agency, ChronologyLimits limits, IReadOnlyList<ChronologyProblem>? fileProblems = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agency);
        ArgumentNullException.ThrowIfNull(limits);
        agency = agency.Trim();
        var problems = new List<ChronologyProblem>(fileProblems ?? []);
        var entries = new List<ChronologyEntry>();
        var numbered = new Dictionary<int, int>();
        var unheadedReported = new HashSet<int>();
        ChronologyHeader? header = null;
        var row = 0;
        var events = 0;
        foreach (var cells in rows)
        {
            row++;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (header is null)
            {
                header = ChronologyHeader.Read(cells, row, problems);
                if (!header.RecognisesAny)
                {
                    return ChronologyReading.Rejected([.. problems]);
                }

                continue;
            }

            if (++events > limits.MaxEvents)
            {
                // Stop reading: the rest would only make the answer longer, and the upload has to be split anyway.
                problems.Add(new ChronologyProblem(null, null, string.Create(CultureInfo.InvariantCulture, $"The chronology has more than {limits.MaxEvents:N0} events, the most one upload may hold; split it into two files by date and upload each.")));
                break;
            }

            ReportUnheaded(row, cells, header, unheadedReported, problems);
            if (ChronologyRow.Read(agency, row, cells, header, limits, problems) is { } entry)
            {
                if (numbered.TryGetValue(entry.EventNumber, out var first))
                {
                    problems.Add(new ChronologyProblem(row, ChronologyColumn.EventNumber, $"Row {row}: Event No {entry.EventNumber} is already used on row {first}; give each event a number of its own."));
                }
                else
                {
                    numbered[entry.EventNumber] = row;
                    entries.Add(entry);
                }
            }
        }

        if (header is null)
        {
            problems.Add(new ChronologyProblem(null, null, "The chronology is empty: it has neither the heading row nor any events."));
        }
        else if (events == 0)
        {
            problems.Add(new ChronologyProblem(null, null, "The chronology has the heading row but no events under it."));
        }

        return problems.Count == 0 ? new ChronologyReading(entries, []) : ChronologyReading.Rejected([.. problems]);
    }

    /// <summary>Text in a column with no heading would be lost without a word, so each such column is reported once.</summary>
    private static void ReportUnheaded(int row, IReadOnlyList<string> cells, ChronologyHeader header, HashSet<int> reported, List<ChronologyProblem> problems)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]) && header.IsUnheaded(i) && reported.Add(i))
            {
                problems.Add(new ChronologyProblem(row, null, $"Row {row}: column {i + 1} has text but no heading; give the column one of the template's headings, or move the text into the Note column."));
            }
        }
    }
}
