using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// A letter set as an A4 PDF for the review's evidence and case file. It is set from the letter's blocks, which hold
/// exactly the words the anonymisation gate checked, so the printed copy can say nothing the e-mail did not.
/// The same letter written at the same instant gives the same bytes, so keeping it again is seen as a repeat.
/// </summary>
/// <remarks>
/// Written here rather than with a PDF library: the only one this package source holds (PDFsharp 6.5.0) is licensed
/// AGPL-3.0, which a Board's hosted service cannot take on without deciding to publish its source.
/// </remarks>
public static class LetterPdf
{
    private const double PageWidth = 595.28;
    private const double PageHeight = 841.89;
    private const double Margin = 64;
    private const double FooterBaseline = 36;
    private const double BodySize = 11;
    private const double HeadingSize = 13;
    private const double FooterSize = 8.5;
    private const double LineSpacing = 1.45;
    private const double ListIndent = 16;
    private const string Bullet = "\u2022";

    public static byte[] Render(RenderedNotice letter, DateTimeOffset writtenAt)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var regular = new PdfFontResource("F1", LetterFonts.Regular);
        var bold = new PdfFontResource("F2", LetterFonts.Bold);
        var pages = Layout(letter.Blocks, regular, bold);
        if (pages.Count > 1)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var footer = $"Page {i + 1} of {pages.Count}";
                pages[i].Add(new TextRun(footer, regular, FooterSize, (PageWidth - regular.Font.WidthOf(footer, FooterSize)) / 2, PageHeight - FooterBaseline, Grey: true));
            }
        }

        using var pdf = new PdfFile();
        var catalog = pdf.Reserve();
        var pageTree = pdf.Reserve();
        var info = pdf.Reserve();
        var fonts = new[] { regular, bold }.ToDictionary(f => f, _ => pdf.Reserve());
        var fontResources = string.Join(' ', fonts.Select(f => $"/{f.Key.Resource} {f.Value} 0 R"));

        var pageObjects = new List<int>();
        foreach (var page in pages)
        {
            var (pageObject, content) = (pdf.Reserve(), pdf.Reserve());
            pageObjects.Add(pageObject);
            pdf.Write(pageObject, $"<< /Type /Page /Parent {pageTree} 0 R /MediaBox [0 0 {PdfFile.Number(PageWidth)} {PdfFile.Number(PageHeight)}] /Resources << /Font << {fontResources} >> >> /Contents {content} 0 R >>");
            pdf.WriteStream(content, Encoding.ASCII.GetBytes(ContentOf(page)));
        }

        pdf.Write(catalog, $"<< /Type /Catalog /Pages {pageTree} 0 R /Lang (en-GB) >>");
        pdf.Write(pageTree, $"<< /Type /Pages /Kids [{string.Join(' ', pageObjects.Select(p => $"{p} 0 R"))}] /Count {pageObjects.Count} >>");
        var date = $"(D:{writtenAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}Z)";
        pdf.Write(info, $"<< /Title {PdfFile.TextString(letter.Subject)} /Creator (ReviewFunctions) /CreationDate {date} /ModDate {date} >>");
        foreach (var (font, number) in fonts)
        {
            font.WriteTo(pdf, number);
        }

        return pdf.Finish(catalog, info, DocumentId(letter, writtenAt));
    }

    private static List<List<TextRun>> Layout(IReadOnlyList<RenderedBlock> blocks, PdfFontResource regular, PdfFontResource bold)
    {
        var setter = new LetterPageSetter(PageHeight, Margin, LineSpacing);
        var width = PageWidth - (2 * Margin);
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    // A heading alone at the foot of a page reads as if its section were missing.
                    setter.KeepRoomFor((HeadingSize + (2 * BodySize)) * LineSpacing);
                    setter.Set(block.Lines[0], bold, HeadingSize, Margin, width);
                    break;
                case BlockKind.List:
                    foreach (var item in block.Lines)
                    {
                        setter.KeepRoomFor(BodySize * LineSpacing);
                        setter.Mark(Bullet, regular, BodySize, Margin + 4);
                        setter.Set(item, regular, BodySize, Margin + ListIndent, width - ListIndent);
                    }

                    break;
                default:
                    foreach (var line in block.Lines)
                    {
                        setter.Set(line, regular, BodySize, Margin, width);
                    }

                    break;
            }

            setter.Space(BodySize * LineSpacing * 0.6);
        }

        return setter.Pages;
    }

    private static string ContentOf(List<TextRun> page)
    {
        var content = new StringBuilder();
        foreach (var run in page)
        {
            content.Append("BT ")
                .Append(run.Grey ? "0.4 g " : "0 g ")
                .Append('/').Append(run.Font.Resource).Append(' ').Append(PdfFile.Number(run.Size)).Append(" Tf ")
                .Append("1 0 0 1 ").Append(PdfFile.Number(run.X)).Append(' ').Append(PdfFile.Number(PageHeight - run.Baseline)).Append(" Tm ")
                .Append('<').Append(run.Font.Glyphs(run.Text)).Append("> Tj ET\n");
        }

        return content.ToString();
    }

    private static string DocumentId(RenderedNotice letter, DateTimeOffset writtenAt)
    {
        var words = string.Join('\u001f', letter.Blocks.SelectMany(b => b.Lines.Prepend(b.Kind.ToString())));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{letter.Subject}\u001e{writtenAt.UtcTicks}\u001e{words}"));
        return Convert.ToHexString(hash, 0, 16);
    }
}
