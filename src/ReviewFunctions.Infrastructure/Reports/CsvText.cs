using System.Globalization;
using System.Text;

namespace ReviewFunctions.Infrastructure.Reports;

/// <summary>
/// CSV as RFC 4180 writes it (CRLF lines, a field quoted when it holds a comma, quote or line break), opened by a
/// spreadsheet. Text a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) is written with
/// a leading apostrophe, so what was recorded on a review can never become a formula on the reader's computer; whole
/// numbers are cells of their own kind, so a negative one stays a number.
/// </summary>
public sealed class CsvText
{
    public const string ContentType = "text/csv; charset=utf-8";

    private readonly StringBuilder text = new();

    public CsvText(params string[] header) => Row([.. header.Select(h => (CsvCell)h)]);

    public CsvText Row(params CsvCell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(cells[i].Written);
        }

        text.Append("\r\n");
        return this;
    }

    public override string ToString() => text.ToString();
}

/// <summary>One CSV field: text (guarded and quoted as it needs) or a whole number.</summary>
public readonly record struct CsvCell(string Written)
{
    public static implicit operator CsvCell(string? value) => new(Text(value));

    public static implicit operator CsvCell(int? value) => new(value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);

    private static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var guarded = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return guarded.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{guarded.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : guarded;
    }
}
