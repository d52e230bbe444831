namespace ReviewFunctions.Domain.Notices;

/// <summary>A person's name split into the words a notice could give them away by, without titles ("DS", "Mrs").</summary>
public sealed record PersonName(string Full, IReadOnlyList<string> Words)
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "revd", "cllr", "sir", "dame", "lady", "lord",
        "ds", "dc", "di", "dci", "dsi", "pc", "sgt", "insp", "det", "nurse", "sister",
    };

    public string? First => Words.Count > 0 ? Words[0] : null;

    public string? Last => Words.Count > 1 ? Words[^1] : null;

    public static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.'));

    public static PersonName Parse(string? name)
    {
        var words = NameText.Words(name ?? string.Empty).Select(w => w.Text).ToList();
        while (words.Count > 1 && IsTitle(words[0]))
        {
            words.RemoveAt(0);
        }

        return new PersonName((name ?? string.Empty).Trim(), words);
    }
}
