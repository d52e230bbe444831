using System.Text;
using PdfSharp.Drawing;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// Breaks text into lines no wider than a width: at spaces, and inside a word too long for any line (an e-mail
/// address, say), so that nothing runs past the margin. PDFsharp's own <c>XTextFormatter</c> clips what does not fit
/// and cannot carry on onto the next page, which a letter must.
/// </summary>
/// <remarks>
/// PDFsharp sets text glyph by glyph without kerning, so a line is exactly as wide as its words and spaces added
/// together: each word is measured once, not the whole line again for every word added.
/// </remarks>
internal sealed class LetterLineBreaker(XGraphics measure, XFont font)
{
    private readonly double space = measure.MeasureString(" ", font).Width;

    public XFont Font { get; } = font;

    public IEnumerable<string> Wrap(string text, double width)
    {
        var line = new StringBuilder();
        var lineWidth = 0.0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = Width(word);
            if (line.Length > 0)
            {
                if (lineWidth + space + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }

                yield return line.ToString();
                line.Clear();
                lineWidth = 0;
            }

            if (wordWidth <= width)
            {
                line.Append(word);
                lineWidth = wordWidth;
                continue;
            }

            // Character by character, never half of one: a surrogate pair is one rune.
            foreach (var rune in word.EnumerateRunes())
            {
                var runeWidth = Width(rune.ToString());
                if (line.Length > 0 && lineWidth + runeWidth > width)
                {
                    yield return line.ToString();
                    line.Clear();
                    lineWidth = 0;
                }

                line.Append(rune.ToString());
                lineWidth += runeWidth;
            }
        }

        yield return line.ToString();
    }

    private double Width(string text) => measure.MeasureString(text, Font).Width;
}
