namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// DejaVu Sans, carried in the assembly (Bitstream Vera licence, Fonts/LICENSE.txt): a Functions host on Linux has no
/// fonts to lend, and DejaVu has every letter of Welsh, Irish and other European names (ŵ, ŷ, á, ł …), so a family's
/// names print as they are written.
/// </summary>
internal static class LetterFonts
{
    private static readonly Lazy<TrueTypeFont> LoadedRegular = new(() => Load("DejaVuSans"));
    private static readonly Lazy<TrueTypeFont> LoadedBold = new(() => Load("DejaVuSans-Bold"));

    public static TrueTypeFont Regular => LoadedRegular.Value;

    public static TrueTypeFont Bold => LoadedBold.Value;

    private static TrueTypeFont Load(string name)
    {
        using var stream = typeof(LetterFonts).Assembly.GetManifestResourceStream($"ReviewFunctions.Letters.{name}.ttf")
            ?? throw new InvalidOperationException($"The letter font {name} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new TrueTypeFont(name, copy.ToArray());
    }
}
