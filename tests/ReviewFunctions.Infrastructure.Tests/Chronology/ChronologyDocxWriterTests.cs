using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewFunctions.Domain.Chronology;
using ReviewFunctions.Infrastructure.Chronology;

namespace ReviewFunctions.Infrastructure.Tests.Chronology;

public sealed class ChronologyDocxWriterTests
{
    /// <summary>
    /// The police and the school both report the strategy meeting of 01/03 (3 of 5 words shared); the child is seen on
    /// 01/03 and next on 15/04, 45 days later, a gap over the Board's 28.
    /// </summary>
    private static MergedChronology Example() => ChronologyMerge.Merge(
    [
        new("Police", 1, new DateOnly(2026, 3, 1), new TimeOnly(9, 0), "4y", "Mother", true, "Welfare check;\nchild seen", "Police", "None", ""),
        new("School", 1, new DateOnly(2026, 3, 1), null, "4y", "", false, "Strategy meeting held, with police", "Education", "Plan agreed", ""),
        new("Police", 2, new DateOnly(2026, 3, 1), null, "", "", null, "Strategy meeting held with school", "Police", "", "Bad\u000Bcharacter"),
        new("School", 2, new DateOnly(2026, 4, 15), new TimeOnly(10, 0), "", "", true, "Seen in class", "Education", "", ""),
    ], 28);

    [Fact]
    public void The_merged_timeline_opens_again_with_one_row_per_line_and_gap_in_order()
    {
        using var document = Open(ChronologyDocxWriter.Write(Example(), "WB-2026-014"));
        var rows = document.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().ToList();

        string[][] expected =
        [
            ["Event No", "Date", "Time", "Age of Child", "Family Member", "Child seen/wishes sought or expressed (Y/N)", "Event", "Agency source to overview", "Action taken", "Note", "Reported by", "Also reported by"],
            ["1", "01/03/2026", "", "", "", "", "Strategy meeting held with school", "Police", "", "Badcharacter", "Police, event 2", "School (line 2)"],
            ["2", "01/03/2026", "", "4y", "", "N", "Strategy meeting held, with police", "Education", "Plan agreed", "", "School, event 1", "Police (line 1)"],
            ["3", "01/03/2026", "09:00", "4y", "Mother", "Y", "Welfare check;\nchild seen", "Police", "None", "", "Police, event 1", ""],
            ["Gap: no agency saw the child for 45 days, from 01/03/2026 to 15/04/2026 (longer than the 28 days the Board has set)."],
            ["4", "15/04/2026", "10:00", "", "", "Y", "Seen in class", "Education", "", "", "School, event 2", ""],
        ];
        Assert.Equal(expected.Length, rows.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], rows[i].Elements<TableCell>().Select(CellText));
        }
    }

    [Fact]
    public void The_heading_row_repeats_gaps_span_the_table_shaded_and_lines_reported_twice_are_shaded()
    {
        using var document = Open(ChronologyDocxWriter.Write(Example(), "WB-2026-014"));
        var rows = document.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().ToList();

        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties));
        var gap = Assert.Single(rows[4].Elements<TableCell>());
        Assert.Equal(12, gap.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal("FCE4D6", gap.TableCellProperties.Shading!.Fill!.Value);
        Assert.Equal(["FFF2CC", "FFF2CC", null, null], new[] { 1, 2, 3, 5 }.Select(i => rows[i].Elements<TableCell>().Last().TableCellProperties!.Shading?.Fill?.Value));
    }

    [Fact]
    public void The_page_is_landscape_and_marked_restricted_under_the_title_and_on_every_page()
    {
        using var document = Open(ChronologyDocxWriter.Write(Example(), "WB-2026-014"));
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var page = main.Document.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;

        Assert.Equal("Integrated chronology: WB-2026-014", paragraphs[0]);
        Assert.Equal("Restricted: for the review panel only", paragraphs[1]);
        Assert.Equal("4 events from 2 agencies (Police, School). Gaps of more than 28 days in which no agency saw the child: 1.", paragraphs[2]);
        Assert.Equal(PageOrientationValues.Landscape, page.Orient!.Value);
        Assert.True(page.Width!.Value > page.Height!.Value);
        Assert.Equal("Restricted: for the review panel only", Assert.Single(main.HeaderParts).Header!.InnerText);
        Assert.Equal("Restricted: for the review panel only", Assert.Single(main.FooterParts).Footer!.InnerText);
    }

    [Fact]
    public void The_summary_gives_the_last_sighting_before_the_date_read_up_to()
    {
        var merged = ChronologyMerge.Merge(Example().Lines.Select(l => l.Entry), 28, new DateOnly(2026, 5, 1));

        using var document = Open(ChronologyDocxWriter.Write(merged, "WB-2026-014"));

        Assert.EndsWith(
            "Gaps of more than 28 days in which no agency saw the child: 1. Read up to 01/05/2026: the child was last seen by an agency on 15/04/2026, 16 days before.",
            document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ElementAt(2).InnerText,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_is_valid_Office_Open_XML()
    {
        using var document = Open(ChronologyDocxWriter.Write(Example(), "WB-2026-014"));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void The_written_document_passes_the_checks_an_uploaded_one_must_pass()
    {
        var docx = ChronologyDocxWriter.Write(Example(), "WB-2026-014");

        Assert.Null(ReviewFunctions.Infrastructure.Intake.DocxInspector.Check(docx, "chronology.docx"));
    }

    [Fact]
    public void Every_part_of_the_package_carries_one_fixed_date_so_the_same_timeline_gives_the_same_bytes()
    {
        var first = ChronologyDocxWriter.Write(Example(), "WB-2026-014");

        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal(first, ChronologyDocxWriter.Write(Example(), "WB-2026-014"));
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static string CellText(TableCell cell) =>
        string.Join("\n", cell.Elements<Paragraph>().Select(p => string.Concat(p.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            Break => "\n",
            _ => string.Empty,
        }))));
}
