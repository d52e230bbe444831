using System.Text;

namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// The merged timeline as CSV (RFC 4180, CRLF line ends) in the columns of <see cref="TimelineText"/>. A gap is a row
/// of its own: "Gap" in the Event No column, its first day in the Date column and the gap in words in the Event
/// column, so it survives sorting and filtering in a spreadsheet. Every cell is made safe from formula injection.
/// </summary>
public static class ChronologyCsvWriter
{
    public static string Write(MergedChronology chronology)
    {
        ArgumentNullException.ThrowIfNull(chronology);
        var csv = new StringBuilder();
        Append(csv, TimelineText.Headings);
        foreach (var row in chronology.Timeline())
        {
            Append(csv, row switch
            {
                MergedLine line => TimelineText.Cells(line),
                SightingGap gap => GapCells(gap),
                _ => throw new InvalidOperationException("A timeline row is either a line or a gap."),
            });
        }

        return csv.ToString();
    }

    /// <summary>UTF-8 with a byte-order mark, without which Excel reads the file in the computer's own encoding and garbles £ and accents.</summary>
    public static byte[] WriteUtf8(MergedChronology chronology) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Write(chronology))];

    private static string[] GapCells(SightingGap gap)
    {
        var cells = new string[TimelineText.Headings.Count];
        Array.Fill(cells, string.Empty);
        cells[(int)ChronologyColumn.EventNumber] = "Gap";
        cells[(int)ChronologyColumn.Date] = TimelineText.Date(gap.From);
        cells[(int)ChronologyColumn.Event] = TimelineText.Describe(gap);
        return cells;
    }

    private static void Append(StringBuilder csv, IReadOnlyList<string> cells)
    {
        csv.AppendJoin(',', cells.Select(c => CsvCells.Quoted(CsvCells.Defused(c)))).Append("\r\n");
    }
}
