namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>A piece of text set at a place on a page: its left edge and baseline in points from the top left.</summary>
internal sealed record TextRun(string Text, PdfFontResource Font, double Size, double X, double Baseline, bool Grey = false);

/// <summary>Places lines top to bottom, breaking them at spaces (and inside a word too long for a line) and pages when full.</summary>
internal sealed class LetterPageSetter
{
    private readonly double bottom;
    private readonly double margin;
    private readonly double lineSpacing;
    private double top;

    public LetterPageSetter(double pageHeight, double margin, double lineSpacing)
    {
        bottom = pageHeight - margin;
        this.margin = margin;
        this.lineSpacing = lineSpacing;
        top = margin;
    }

    public List<List<TextRun>> Pages { get; } = [[]];

    public void KeepRoomFor(double height)
    {
        if (top + height > bottom && Pages[^1].Count > 0)
        {
            Pages.Add([]);
            top = margin;
        }
    }

    public void Space(double height) => top += height;

    /// <summary>A mark (a bullet) on the baseline of the next line to be set.</summary>
    public void Mark(string text, PdfFontResource font, double size, double x) => Pages[^1].Add(new TextRun(text, font, size, x, top + size));

    public void Set(string text, PdfFontResource font, double size, double x, double width)
    {
        foreach (var line in Wrap(text, font.Font, size, width))
        {
            KeepRoomFor(size * lineSpacing);
            Pages[^1].Add(new TextRun(line, font, size, x, top + size));
            top += size * lineSpacing;
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
