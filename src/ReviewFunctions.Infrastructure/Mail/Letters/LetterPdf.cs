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
        var regular = new FontInUse("F1", LetterFonts.Regular);
        var bold = new FontInUse("F2", LetterFonts.Bold);
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

    private static List<List<TextRun>> Layout(IReadOnlyList<RenderedBlock> blocks, FontInUse regular, FontInUse bold)
    {
        var setter = new PageSetter();
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

    private sealed record TextRun(string Text, FontInUse Font, double Size, double X, double Baseline, bool Grey = false);

    /// <summary>Places lines top to bottom, breaking them at spaces (and inside a word too long for a line) and pages when full.</summary>
    private sealed class PageSetter
    {
        private const double Bottom = PageHeight - Margin;

        private double top = Margin;

        public List<List<TextRun>> Pages { get; } = [[]];

        public void KeepRoomFor(double height)
        {
            if (top + height > Bottom && Pages[^1].Count > 0)
            {
                Pages.Add([]);
                top = Margin;
            }
        }

        public void Space(double height) => top += height;

        /// <summary>A mark (a bullet) on the baseline of the next line to be set.</summary>
        public void Mark(string text, FontInUse font, double size, double x) => Pages[^1].Add(new TextRun(text, font, size, x, top + size));

        public void Set(string text, FontInUse font, double size, double x, double width)
        {
            foreach (var line in Wrap(text, font.Font, size, width))
            {
                KeepRoomFor(size * LineSpacing);
                Pages[^1].Add(new TextRun(line, font, size, x, top + size));
                top += size * LineSpacing;
            }
        }

        private static IEnumerable<string> Wrap(string text, TrueTypeFont font, double size, double width)
        {
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var joined = current.Length == 0 ? word : current + " " + word;
                if (font.WidthOf(joined, size) <= width)
                {
                    current = joined;
                    continue;
                }

                if (current.Length > 0)
                {
                    yield return current;
                }

                current = word;
                while (font.WidthOf(current, size) > width)
                {
                    var cut = LongestFittingPrefix(current, font, size, width);
                    yield return current[..cut];
                    current = current[cut..];
                }
            }

            yield return current;
        }

        private static int LongestFittingPrefix(string word, TrueTypeFont font, double size, double width)
        {
            var cut = 1;
            while (cut < word.Length && font.WidthOf(word[..(cut + 1)], size) <= width)
            {
                cut++;
            }

            // Never split a surrogate pair: half a character is no character.
            return char.IsHighSurrogate(word[cut - 1]) && cut < word.Length ? cut + 1 : cut;
        }
    }

    /// <summary>
    /// A font as one page resource: text is written as glyph numbers (Identity-H), and the glyphs used are recorded
    /// so that only they are embedded, with their widths and the characters they stand for, which is what lets a
    /// reader search and copy the text.
    /// </summary>
    private sealed class FontInUse(string resource, TrueTypeFont font)
    {
        private readonly SortedDictionary<ushort, string> used = [];

        public string Resource { get; } = resource;

        public TrueTypeFont Font { get; } = font;

        public string Glyphs(string text)
        {
            var hex = new StringBuilder();
            foreach (var rune in text.EnumerateRunes())
            {
                var glyph = Font.GlyphOf(rune.Value);
                used.TryAdd(glyph, rune.ToString());
                hex.Append(glyph.ToString("X4", CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }

        public void WriteTo(PdfFile pdf, int type0)
        {
            var (cidFont, descriptor, file, toUnicode) = (pdf.Reserve(), pdf.Reserve(), pdf.Reserve(), pdf.Reserve());

            // A subset's name starts with six capital letters and '+' (§9.6.4); these come from the glyphs kept.
            var tag = new string([.. SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', used.Keys))).Take(6).Select(b => (char)('A' + (b % 26)))]);
            var name = $"{tag}+{Font.PostScriptName}";
            double Scaled(int units) => Math.Round(units * 1000.0 / Font.UnitsPerEm);

            pdf.Write(type0, $"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");
            var widths = string.Join(' ', used.Keys.Select(g => $"{g} [{Scaled(Font.AdvanceOf(g))}]"));
            pdf.Write(cidFont, $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /W [{widths}] /CIDToGIDMap /Identity >>");
            var box = string.Join(' ', Font.BoundingBox.Select(Scaled));
            pdf.Write(descriptor, $"<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [{box}] /ItalicAngle 0 /Ascent {Scaled(Font.Ascent)} /Descent {Scaled(Font.Descent)} /CapHeight {Scaled(Font.CapHeight)} /StemV 80 /FontFile2 {file} 0 R >>");
            var subset = Font.Subset(used.Keys);
            pdf.WriteStream(file, subset, $"/Length1 {subset.Length} ");
            pdf.WriteStream(toUnicode, Encoding.ASCII.GetBytes(UnicodeMap()));
        }

        private string UnicodeMap()
        {
            var map = new StringBuilder();
            map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
            foreach (var chunk in used.Where(u => u.Key != 0).Chunk(100))
            {
                map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
                foreach (var (glyph, text) in chunk)
                {
                    map.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
                }

                map.Append("endbfchar\n");
            }

            map.Append("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n");
            return map.ToString();
        }
    }
}
