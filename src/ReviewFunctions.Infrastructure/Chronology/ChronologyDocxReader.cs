using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using ReviewFunctions.Domain.Chronology;
using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Infrastructure.Chronology;

/// <summary>
/// Reads an agency's chronology from a Word document: the table whose first row holds the most of the template's
/// headings (the first such table when several tie), read by the same rules as a CSV upload. The file passes the
/// intake checks first (<see cref="DocxInspector"/>: a real .docx, no zip bomb, no macros, nothing fetched from
/// elsewhere), and nothing that fails them is opened. Never throws on content: everything wrong comes back as a problem.
/// </summary>
public static class ChronologyDocxReader
{
    /// <param name="fileName">The name the file was uploaded under, for the problems.</param>
    /// <param name="agency">The agency whose chronology this is; every entry carries it.</param>
    public static ChronologyReading Read(ReadOnlyMemory<byte> docx, string fileName, string agency, ChronologyLimits? limits = null)
    {
        limits ??= ChronologyLimits.Default;
        if (limits.FileTooBig(docx.Length, $"'{fileName}'") is { } tooBig)
        {
            return ChronologyReading.Rejected(tooBig);
        }

        if (DocxInspector.Check(docx, fileName) is { } unsafeReason)
        {
            return FileProblem(unsafeReason);
        }

        List<TableBlock> tables;
        try
        {
            tables = [.. DocxFormReader.Read(docx).OfType<TableBlock>().Where(t => t.Rows.Count > 0)];
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException or FormatException)
        {
            return FileProblem($"'{fileName}' is damaged and cannot be opened. Please check that it opens in Word, save it again as .docx and upload that copy.");
        }

        if (tables.Count == 0)
        {
            return FileProblem($"'{fileName}' has no table. Put the chronology in a Word table whose first row has the template's headings (Event No, Date, Time and so on), or upload it as CSV.");
        }

        var chosen = tables.MaxBy(t => ChronologyTableReader.HeadingsRecognised(t.Rows[0]))!;
        return ChronologyTableReader.Read(chosen.Rows, agency, limits);
    }

    private static ChronologyReading FileProblem(string message) => ChronologyReading.Rejected(new ChronologyProblem(null, null, message));
}
