using ReviewFunctions.Infrastructure.Mail.Letters;

namespace ReviewFunctions.Infrastructure.Tests.Mail.Letters;

public sealed class TrueTypeFontTests
{
    private static readonly TrueTypeFont Font = LetterFonts.Regular;

    [Fact]
    public void A_subset_keeps_the_glyphs_asked_for_and_the_parts_of_accented_letters_and_nothing_else()
    {
        var circumflexY = Font.GlyphOf('ŷ');
        var parts = Font.ComponentsOf(circumflexY).ToList();

        var subset = Font.Subset([circumflexY, Font.GlyphOf('a')]);
        var reread = new TrueTypeFont("subset", subset);

        Assert.NotEmpty(parts);
        Assert.Contains(Font.GlyphOf('y'), parts);
        Assert.All(parts.Append(circumflexY).Append(Font.GlyphOf('a')), g => Assert.Equal(Font.OutlineLength(g), reread.OutlineLength(g)));
        Assert.Equal(0, reread.OutlineLength(Font.GlyphOf('Q')));
        Assert.True(subset.Length < 100_000, $"a two-letter subset is {subset.Length} bytes");
    }

    [Fact]
    public void Characters_map_to_glyphs_with_the_widths_the_font_gives_them()
    {
        Assert.NotEqual(0, Font.GlyphOf('A'));
        Assert.NotEqual(Font.GlyphOf('A'), Font.GlyphOf('a'));
        Assert.NotEqual(0, Font.GlyphOf('ŵ'));
        Assert.Equal(0, Font.GlyphOf('漢'));
        Assert.True(Font.WidthOf("WWW", 10) > Font.WidthOf("iii", 10));
        Assert.Equal(Font.WidthOf("ab", 10), Font.WidthOf("a", 10) + Font.WidthOf("b", 10), 6);
        Assert.Equal(2048, Font.UnitsPerEm);
    }
}
