using System.Text;

namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// Reads a chronology saved as CSV (RFC 4180) by the same rules as a Word table (<see cref="ChronologyValidator"/>).
/// The bytes must be UTF-8, with or without a byte-order mark: Excel's older "CSV (Comma delimited)" writes another
/// encoding, which would quietly turn £ and curly quotes into other characters, so it is refused with a way to fix it.
/// </summary>
public static class ChronologyCsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="agency">The agency whose chronology this is; every entry carries it.</param>
    public static ChronologyReading Read(ReadOnlyMemory<byte> csv, string agency, ChronologyLimits? limits = null)
    {
        limits ??= ChronologyLimits.Default;
        if (limits.FileTooBig(csv.Length, "The file") is { } tooBig)
        {
            return ChronologyReading.Rejected(tooBig);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(csv.Span);
        }
        catch (DecoderFallbackException)
        {
            return ChronologyReading.Rejected(new ChronologyProblem(null, null, "The file is not saved as UTF-8 text, so some characters would be read wrongly; in Excel choose Save As, then 'CSV UTF-8 (Comma delimited)', and upload that file."));
        }

        return Read(text, agency, limits);
    }

    /// <param name="agency">The agency whose chronology this is; every entry carries it.</param>
    public static ChronologyReading Read(string csv, string agency, ChronologyLimits? limits = null)
    {
        var rows = CsvRows.Parse(csv, out var unclosedQuoteRow);
        var fileProblems = unclosedQuoteRow is { } row
            ? [new ChronologyProblem(row, null, $"Row {row}: a cell opens with a quotation mark that is never closed, so everything after it reads as one cell; check the quotation marks in this row.")]
            : Array.Empty<ChronologyProblem>();
        return ChronologyValidator.Validate(rows, agency, limits ?? ChronologyLimits.Default, fileProblems);
    }
}
