namespace ReviewFunctions.Domain.Notices;

/// <summary>Splits text into words (runs of letters) with their positions, the unit every name check works on.</summary>
public static class NameText
{
    public readonly record struct Word(string Text, int Start)
    {
        public int End => Start + Text.Length;
    }

    /// <summary>"Marsh's" gives "Marsh" then "s"; "Smith-Jones" gives "Smith" then "Jones".</summary>
    public static IReadOnlyList<Word> Words(string text)
    {
        var words = new List<Word>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsLetter(text[i]) || (start >= 0 && char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark));
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(new Word(text[start..i], start));
                start = -1;
            }
        }

        return words;
    }
}
