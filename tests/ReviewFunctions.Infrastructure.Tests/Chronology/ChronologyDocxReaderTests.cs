using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewFunctions.Domain.Chronology;
using ReviewFunctions.Infrastructure.Chronology;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;

namespace ReviewFunctions.Infrastructure.Tests.Chronology;

public sealed class ChronologyDocxReaderTests
{
    private const string Agency = "Health Visiting";

    private static readonly string[] Heading =
        ["Event No", "Date", "Time", "Age of Child", "Family Member", "Child seen/wishes sought or expressed (Y/N)", "Event", "Agency source to overview", "Action taken", "Note"];

    private static readonly IReadOnlyList<ChronologyEntry> Entries =
    [
        new(Agency, 1, new DateOnly(2026, 1, 5), new TimeOnly(10, 30), "4y 6m", "Mother", true, "Home visit for developmental review; child seen and weighed", "Health", "Review booked for six months", ""),
        new(Agency, 2, new DateOnly(2026, 2, 24), null, "4y 7m", "Mother", false, "Attended team around the child meeting at school.\nDomestic incident concerns discussed", "Health", "Home visit to be arranged", "Minutes awaited, \"draft\""),
        new(Agency, 3, new DateOnly(2026, 3, 16), new TimeOnly(14, 0), "4y 8m", "Mother", null, "Home visit; no answer at the door", "Health", "Card left", ""),
    ];

    [Fact]
    public void A_chronology_written_as_a_Word_table_reads_back_as_the_same_entries()
    {
        var docx = new DocxBuilder()
            .Paragraph("Health Visiting chronology", bold: true)
            .Element(ChronologyTable(Entries))
            .Build();

        var reading = ChronologyDocxReader.Read(docx, "hv-chronology.docx", Agency);

        Assert.Empty(reading.Problems);
        Assert.Equal(Entries, reading.Entries);
    }

    [Fact]
    public void The_table_with_the_templates_headings_is_read_when_another_table_comes_first()
    {
        var docx = new DocxBuilder()
            .Table(["Author", "Role"], ["A. Author", "Named nurse"])
            .Element(ChronologyTable(Entries))
            .Table(["Date", "Version"], ["01/04/2026", "2"])
            .Build();

        Assert.Equal(Entries, ChronologyDocxReader.Read(docx, "hv-chronology.docx", Agency).Entries);
    }

    [Fact]
    public void A_Word_table_gets_the_same_problems_as_the_same_rows_in_CSV()
    {
        string[][] rows = [Heading, ["1", "31/02/2026", "", "", "", "maybe", "Home visit", "Health", "", ""]];
        var docx = new DocxBuilder().Table(rows).Build();

        var fromWord = ChronologyDocxReader.Read(docx, "hv-chronology.docx", Agency);
        var fromCsv = ChronologyCsvReader.Read(string.Join("\n", rows.Select(r => string.Join(',', r))), Agency);

        Assert.Empty(fromWord.Entries);
        Assert.Equal(2, fromWord.Problems.Count);
        Assert.Equal(fromCsv.Problems, fromWord.Problems);
        Assert.Equal("Row 2: the date '31/02/2026' is not a real date; write it as dd/mm/yyyy.", fromWord.Problems[0].Message);
    }

    [Fact]
    public void A_document_without_a_table_is_one_problem()
    {
        var docx = new DocxBuilder().Paragraph("05/01/2026 home visit, child seen").Build();

        var problem = Assert.Single(ChronologyDocxReader.Read(docx, "notes.docx", Agency).Problems);

        Assert.Equal(new ChronologyProblem(null, null, "'notes.docx' has no table. Put the chronology in a Word table whose first row has the template's headings (Event No, Date, Time and so on), or upload it as CSV."), problem);
    }

    [Fact]
    public void A_macro_enabled_document_is_refused_unopened()
    {
        var docx = new DocxBuilder().Element(ChronologyTable(Entries)).Build(WordprocessingDocumentType.MacroEnabledDocument);

        var reading = ChronologyDocxReader.Read(docx, "hv.docm", Agency);

        Assert.Empty(reading.Entries);
        Assert.Contains("contains macros", Assert.Single(reading.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked_in_full()
    {
        var reading = ChronologyDocxReader.Read(HostileFiles.ZipBomb(), "hv.docx", Agency);

        Assert.Contains("unpacks to far more data", Assert.Single(reading.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_is_refused()
    {
        var reading = ChronologyDocxReader.Read("Event No,Date\n"u8.ToArray(), "hv.docx", Agency);

        Assert.Equal("'hv.docx' is named as a Word document but is not one. Please check that it opens in Word, save it as .docx and send it again.", Assert.Single(reading.Problems).Message);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_not_opened()
    {
        var docx = new DocxBuilder().Element(ChronologyTable(Entries)).Build();

        var reading = ChronologyDocxReader.Read(docx, "hv.docx", Agency, new ChronologyLimits(MaxFileBytes: 1_000));

        Assert.Equal($"'hv.docx' is {Math.Ceiling(docx.Length / 1024.0)} KB, more than the 1 KB a chronology upload may be; split it into two files by date and upload each.", Assert.Single(reading.Problems).Message);
    }

    /// <summary>The entries in the template's table, each line of a cell its own paragraph as Word writes it.</summary>
    private static Table ChronologyTable(IEnumerable<ChronologyEntry> entries)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }), Row(Heading));
        foreach (var e in entries)
        {
            table.Append(Row(
            [
                e.EventNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
                e.Date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
                e.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                e.AgeOfChild,
                e.FamilyMember,
                e.ChildSeen switch { true => "Y", false => "N", null => "" },
                e.Event,
                e.AgencySource,
                e.ActionTaken,
                e.Note,
            ]));
        }

        return table;
    }

    private static TableRow Row(IEnumerable<string> cells) =>
        new(cells.Select(cell => new TableCell(cell.Split('\n').Select(line => new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve }))))));
}
