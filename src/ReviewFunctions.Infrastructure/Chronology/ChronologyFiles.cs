using ReviewFunctions.Domain.Chronology;

namespace ReviewFunctions.Infrastructure.Chronology;

/// <summary>The two kinds of file an agency may send its chronology as, told apart by the name's ending.</summary>
public static class ChronologyFiles
{
    public const string CsvType = "text/csv";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static bool IsCsv(string fileName) => fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    public static bool IsDocx(string fileName) => fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    public static string ContentType(string fileName) => IsDocx(fileName) ? DocxType : CsvType;

    /// <summary>Checks and reads the file; a file of any other kind is refused with what to send instead.</summary>
    public static ChronologyReading Read(ReadOnlyMemory<byte> content, string fileName, string agency) =>
        IsCsv(fileName) ? ChronologyCsvReader.Read(content, agency)
        : IsDocx(fileName) ? ChronologyDocxReader.Read(content, fileName, agency)
        : ChronologyReading.Rejected(new ChronologyProblem(null, null, $"'{fileName}' is neither a CSV file nor a Word document (.docx). Save the chronology as one of those and send it again."));
}
