using System.Text;

namespace ReviewFunctions.Domain.Chronology;

/// <summary>Writes one cell of a CSV file that a spreadsheet will open: every CSV the product writes goes through here.</summary>
public static class CsvCells
{
    /// <summary>
    /// A spreadsheet runs a cell that starts with =, +, - or @ (or a tab or carriage return before one) as a formula,
    /// so an event typed as "=HYPERLINK(…)" could act on the panel member's computer. A leading apostrophe makes the
    /// spreadsheet show the text as it is.
    /// </summary>
    public static string Defused(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>The cell in quotes, its quotes doubled, when it holds a comma, a quote, a line break or spaces at either end.</summary>
    public static string Quoted(string text)
    {
        var needs = text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
        return needs ? new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString() : text;
    }
}
