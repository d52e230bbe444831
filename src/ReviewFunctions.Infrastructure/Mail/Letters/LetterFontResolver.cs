using PdfSharp.Fonts;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// Gives PDFsharp the shipped DejaVu faces for <see cref="Family"/>, and nothing for any other family.
/// </summary>
/// <remarks>
/// PDFsharp keeps one font resolver and one fallback for the whole process, and refuses to change either once a font
/// has been used. So this one only takes a free place and never replaces another part of the process's resolver:
/// the main place if it is empty, otherwise the fallback, which PDFsharp asks whenever the main resolver answers null
/// for a family it does not know — as any resolver should for a family named after this application.
/// </remarks>
internal sealed class LetterFontResolver : IFontResolver
{
    public const string Family = "ReviewFunctions Letter Sans";

    private static readonly LetterFontResolver Instance = new();
    private static readonly Lock Gate = new();

    private LetterFontResolver()
    {
    }

    /// <summary>Makes sure PDFsharp can find the letter fonts; cheap to call before every letter.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is LetterFontResolver || GlobalFontSettings.FallbackFontResolver is LetterFontResolver)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (GlobalFontSettings.FallbackFontResolver is null)
            {
                GlobalFontSettings.FallbackFontResolver = Instance;
            }
            else
            {
                throw new InvalidOperationException(
                    $"Letters cannot be printed: PDFsharp's font resolver ({GlobalFontSettings.FontResolver.GetType().Name}) and fallback ({GlobalFontSettings.FallbackFontResolver.GetType().Name}) were both set elsewhere in this process, so there is no place left for the letter fonts.");
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? LetterFonts.BoldFace : LetterFonts.RegularFace, mustSimulateBold: false, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName) => LetterFonts.IsShipped(faceName) ? LetterFonts.Load(faceName) : null;
}
