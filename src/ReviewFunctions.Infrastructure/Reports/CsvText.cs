using System.Globalization;
using System.Text;
using ReviewFunctions.Domain.Chronology;

namespace ReviewFunctions.Infrastructure.Reports;

/// <summary>
/// CSV as RFC 4180 writes it (CRLF lines), opened by a spreadsheet. Text cells are guarded and quoted by
/// <see cref="CsvCells"/>, so what was recorded on a review can never become a formula on the reader's computer;
/// whole numbers are cells of their own kind, so a negative one stays a number.
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

    private static string Text(string? value) => string.IsNullOrEmpty(value) ? string.Empty : CsvCells.Quoted(CsvCells.Defused(value));
}
