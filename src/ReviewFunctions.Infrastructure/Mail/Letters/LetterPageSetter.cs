using PdfSharp.Drawing;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>A piece of text set at a place on a page: its left edge and baseline in points from the top left.</summary>
internal sealed record TextRun(string Text, XFont Font, double X, double Baseline, bool Grey = false);

/// <summary>Places lines top to bottom, wrapped to the width given, and starts a new page when one is full.</summary>
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
    public void Mark(string text, XFont font, double x) => Pages[^1].Add(new TextRun(text, font, x, top + font.Size));

    public void Set(string text, LetterLineBreaker lines, double x, double width)
    {
        var height = lines.Font.Size * lineSpacing;
        foreach (var line in lines.Wrap(text, width))
        {
            KeepRoomFor(height);
            Pages[^1].Add(new TextRun(line, lines.Font, x, top + lines.Font.Size));
            top += height;
        }
    }
}
