using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// A font as one page resource: text is written as glyph numbers (Identity-H), and the glyphs used are recorded
/// so that only they are embedded, with their widths and the characters they stand for, which is what lets a
/// reader search and copy the text.
/// </summary>
internal sealed class PdfFontResource(string resource, TrueTypeFont font)
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
                map.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{PdfFile.Utf16Hex(text)}>\n");
            }

            map.Append("endbfchar\n");
        }

        map.Append("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n");
        return map.ToString();
    }
}
