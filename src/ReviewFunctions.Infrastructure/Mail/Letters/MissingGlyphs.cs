using PdfSharp.Events;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// Sets a character the letter font lacks (Chinese script, say) as U+FFFD, the replacement character, which the font
/// has: it prints as a mark that something could not be shown, and copies as one.
/// </summary>
/// <remarks>
/// Left to PDFsharp 6.2.4, such a character becomes the font's empty box, measured at the box's width (0.6 em) but
/// left out of the widths written in the file, so a reader draws it a whole em wide and the rest of the line lands
/// further right than it was measured to: past the margin.
/// </remarks>
internal static class MissingGlyphs
{
    private const int Replacement = 0xFFFD;

    /// <summary>Replaces them in everything measured or drawn with these events.</summary>
    public static void ReplaceIn(RenderEvents events) => events.RenderTextEvent += Replace;

    private static void Replace(object sender, RenderTextEventArgs e)
    {
        var characters = e.CodePointGlyphIndexPairs;
        for (var i = 0; i < characters.Length; i++)
        {
            if (characters[i].GlyphIndex == 0)
            {
                characters[i].CodePoint = Replacement;
                e.ReevaluateGlyphIndices = true;
            }
        }
    }
}
