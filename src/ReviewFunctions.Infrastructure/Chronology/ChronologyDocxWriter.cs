using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewFunctions.Domain.Chronology;

namespace ReviewFunctions.Infrastructure.Chronology;

/// <summary>
/// The merged timeline as a Word document for the panel: A4 landscape, so the twelve columns of
/// <see cref="TimelineText"/> fit; the heading row repeats on every page; each gap is a shaded row across the table
/// saying the gap in words, so it still reads when printed in black and white; a line reported by other agencies
/// names them in its last column, shaded. The protective marking is under the title and at the top and foot of every page.
/// </summary>
public static class ChronologyDocxWriter
{
    public const string Marking = "Restricted: for the review panel only";

    private const string HeadingFill = "D9D9D9";
    private const string GapFill = "FCE4D6";
    private const string SameEventFill = "FFF2CC";

    /// <summary>Every part of the package is dated this, not the moment it was written, so one timeline always gives the same bytes and a stored copy can be checked by its hash.</summary>
    private static readonly DateTimeOffset PackageDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Twentieths of a point; together the width of A4 landscape inside 1.27 cm margins (16838 - 2 x 720).</summary>
    private static readonly int[] ColumnWidths = [600, 1000, 650, 900, 1100, 800, 3200, 1300, 2000, 1400, 1200, 1248];

    public static byte[] Write(MergedChronology chronology, string reviewReference)
    {
        ArgumentNullException.ThrowIfNull(chronology);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewReference);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = "18" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0" }))));
            main.AddNewPart<HeaderPart>("rIdHeader").Header = new Header(MarkingParagraph());
            main.AddNewPart<FooterPart>("rIdFooter").Footer = new Footer(MarkingParagraph());
            main.Document = new Document(new Body(
                Paragraph($"Integrated chronology: {reviewReference}", bold: true, size: "32"),
                MarkingParagraph(),
                Paragraph(Summary(chronology)),
                Paragraph(string.Empty),
                Table(chronology),
                Page()));
            main.Document.Save();
        }

        return WithFixedDates(stream);
    }

    private static byte[] WithFixedDates(MemoryStream package)
    {
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = PackageDate;
            }
        }

        return package.ToArray();
    }

    private static string Summary(MergedChronology chronology)
    {
        var agencies = chronology.Agencies;
        var summary = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{chronology.Lines.Count} events from {agencies.Count} {(agencies.Count == 1 ? "agency" : "agencies")}"));
        summary.Append(agencies.Count > 0 ? $" ({string.Join(", ", agencies)}). " : ". ");
        summary.Append(CultureInfo.InvariantCulture, $"Gaps of more than {chronology.GapDays} days in which no agency saw the child: {chronology.Gaps.Count}.");
        if (chronology.UpTo is { } upTo)
        {
            summary.Append(chronology.LastSeen is { } seen
                ? string.Create(CultureInfo.InvariantCulture, $" Read up to {TimelineText.Date(upTo)}: the child was last seen by an agency on {TimelineText.Date(seen)}, {chronology.DaysFromLastSightingToUpTo} days before.")
                : $" Read up to {TimelineText.Date(upTo)}: no agency records seeing the child.");
        }

        return summary.ToString();
    }

    private static Table Table(MergedChronology chronology)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(ColumnWidths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        var headingRow = new TableRow(new TableRowProperties(new TableHeader()));
        headingRow.Append(TimelineText.Headings.Select((heading, i) => Cell(heading, i, HeadingFill, bold: true)));
        table.Append(headingRow);
        foreach (var row in chronology.Timeline())
        {
            table.Append(row switch
            {
                MergedLine line => LineRow(line),
                SightingGap gap => GapRow(gap),
                _ => throw new InvalidOperationException("A timeline row is either a line or a gap."),
            });
        }

        return table;
    }

    private static TableRow LineRow(MergedLine line)
    {
        var cells = TimelineText.Cells(line);
        var last = cells.Count - 1;
        return new TableRow(cells.Select((text, i) => Cell(text, i, i == last && line.SameEventGroup is not null ? SameEventFill : null, bold: false)));
    }

    private static TableRow GapRow(SightingGap gap) => new(new TableCell(
        new TableCellProperties(
            new TableCellWidth { Width = ColumnWidths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new GridSpan { Val = ColumnWidths.Length },
            Shade(GapFill)),
        Paragraph(TimelineText.Describe(gap), bold: true)));

    private static TableCell Cell(string text, int column, string? fill, bool bold)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = ColumnWidths[column].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (fill is not null)
        {
            properties.Append(Shade(fill));
        }

        return new TableCell(properties, Paragraph(text, bold));
    }

    private static Shading Shade(string fill) => new() { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill };

    /// <summary>Lines of the text as one paragraph with line breaks, as Word keeps a cell typed with Shift+Enter.</summary>
    private static Paragraph Paragraph(string text, bool bold = false, string? size = null)
    {
        var run = new Run();
        if (bold || size is not null)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (size is not null)
            {
                properties.Append(new FontSize { Val = size });
            }

            run.Append(properties);
        }

        var lines = Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(run);
    }

    private static Paragraph MarkingParagraph() => Paragraph(Marking, bold: true);

    private static SectionProperties Page() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
        new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
        new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
        new PageMargin { Top = 720, Bottom = 720, Left = 720U, Right = 720U, Header = 360U, Footer = 360U, Gutter = 0U });

    /// <summary>Characters XML cannot hold (control characters a spreadsheet can leave in a cell) would make the document unreadable, so they go.</summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString().ReplaceLineEndings("\n");
    }
}
