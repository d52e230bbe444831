using System.Text;

namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// Splits comma-separated text into rows of cells as RFC 4180 writes them: a cell in double quotes may hold commas,
/// line breaks and doubled quotes; rows end with CRLF or LF; a leading UTF-8 byte-order mark is dropped. A quote in
/// the middle of an unquoted cell is kept as it stands, as spreadsheets read it.
/// </summary>
internal static class CsvRows
{
    /// <param name="unclosedQuoteRow">The row where a quoted cell opens and the text ends before it closes, or null.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string text, out int? unclosedQuoteRow)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var cellStarted = false;
        var i = text.StartsWith('\uFEFF') ? 1 : 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && !cellStarted)
            {
                quoted = true;
                cellStarted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
                cellStarted = false;
            }
            else if (c is '\r' or '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                cellStarted = false;
                rows.Add(row);
                row = [];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                cell.Append(c);
                cellStarted = true;
            }

            i++;
        }

        unclosedQuoteRow = quoted ? rows.Count + 1 : null;
        if (cellStarted || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
