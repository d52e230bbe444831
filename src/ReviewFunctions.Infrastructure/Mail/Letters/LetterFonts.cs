namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// DejaVu Sans, carried in the assembly (Bitstream Vera licence, Fonts/LICENSE.txt): a Functions host on Linux has no
/// fonts to lend, and DejaVu has every letter of Welsh, Irish and other European names (ŵ, ŷ, á, ł …), so a family's
/// names print as they are written.
/// </summary>
internal static class LetterFonts
{
    // The faces are named after their resources, and named for this assembly because PDFsharp keeps every face it has
    // loaded in one table for the whole process.
    public const string RegularFace = "ReviewFunctions.Letters.DejaVuSans";
    public const string BoldFace = "ReviewFunctions.Letters.DejaVuSans-Bold";

    public static bool IsShipped(string face) => face is RegularFace or BoldFace;

    public static byte[] Load(string face)
    {
        using var stream = typeof(LetterFonts).Assembly.GetManifestResourceStream($"{face}.ttf")
            ?? throw new InvalidOperationException($"The letter font {face} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
