using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// A letter set as an A4 PDF for the review's evidence and case file. It is set from the letter's blocks, which hold
/// exactly the words the anonymisation gate checked, so the printed copy can say nothing the e-mail did not.
/// The same letter written at the same instant gives the same bytes, so keeping it again is seen as a repeat.
/// </summary>
/// <remarks>
/// Set with PDFsharp 6.2.4, the last version under the MIT licence: from 6.5.0 on it is AGPL-3.0, which a Board's
/// hosted service cannot take on without deciding to publish its source.
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
        LetterFontResolver.EnsureInstalled();

        // Unicode (glyph ids with a ToUnicode map) rather than WinAnsi, so ŵ, ŷ, ’ and – print and copy as written.
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        var body = new XFont(LetterFontResolver.Family, BodySize, XFontStyleEx.Regular, unicode);
        var heading = new XFont(LetterFontResolver.Family, HeadingSize, XFontStyleEx.Bold, unicode);
        var footer = new XFont(LetterFontResolver.Family, FooterSize, XFontStyleEx.Regular, unicode);

        using var document = new PdfDocument();
        document.Info.Title = letter.Subject;
        document.Info.Creator = "ReviewFunctions";
        document.Internals.Catalog.Language = "en-GB";
        MissingGlyphs.ReplaceIn(document.RenderEvents);

        List<List<TextRun>> pages;
        using (var measure = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards, document.RenderEvents))
        {
            pages = Layout(letter.Blocks, new LetterLineBreaker(measure, body), new LetterLineBreaker(measure, heading));
            if (pages.Count > 1)
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    var text = $"Page {i + 1} of {pages.Count}";
                    pages[i].Add(new TextRun(text, footer, (PageWidth - measure.MeasureString(text, footer).Width) / 2, PageHeight - FooterBaseline, Grey: true));
                }
            }
        }

        Draw(document, pages);
        return RepeatablePdf.Save(document, Identity(letter, writtenAt), writtenAt);
    }

    private static void Draw(PdfDocument document, List<List<TextRun>> pages)
    {
        var grey = new XSolidBrush(XColor.FromArgb(102, 102, 102));
        foreach (var runs in pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            using var graphics = XGraphics.FromPdfPage(page);
            foreach (var run in runs)
            {
                graphics.DrawString(run.Text, run.Font, run.Grey ? grey : XBrushes.Black, run.X, run.Baseline);
            }
        }
    }

    private static List<List<TextRun>> Layout(IReadOnlyList<RenderedBlock> blocks, LetterLineBreaker body, LetterLineBreaker heading)
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
                    setter.Set(block.Lines[0], heading, Margin, width);
                    break;
                case BlockKind.List:
                    foreach (var item in block.Lines)
                    {
                        setter.KeepRoomFor(BodySize * LineSpacing);
                        setter.Mark(Bullet, body.Font, Margin + 4);
                        setter.Set(item, body, Margin + ListIndent, width - ListIndent);
                    }

                    break;
                default:
                    foreach (var line in block.Lines)
                    {
                        setter.Set(line, body, Margin, width);
                    }

                    break;
            }

            setter.Space(BodySize * LineSpacing * 0.6);
        }

        return setter.Pages;
    }

    /// <summary>What the file's identifiers are made from: the letter, every word of it, and the instant it was written.</summary>
    private static byte[] Identity(RenderedNotice letter, DateTimeOffset writtenAt)
    {
        var words = string.Join('\u001f', letter.Blocks.SelectMany(b => b.Lines.Prepend(b.Kind.ToString())));
        return SHA256.HashData(Encoding.UTF8.GetBytes($"{letter.Subject}\u001e{writtenAt.UtcTicks}\u001e{words}"));
    }
}
