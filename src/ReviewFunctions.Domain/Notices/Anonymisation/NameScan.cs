namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// Finds a known person's name in text. A distinctive name ("Okafor", "Jayden") counts wherever it stands as a whole
/// word, in any case. A name that is also an everyday word ("Brown", "May") or has two letters or fewer only counts when
/// it is used like a name: after a title or an initial ("Mrs Brown", "K. Brown"), next to another of the same person's
/// names ("Kerry May"), as a capitalised possessive ("Brown's"), or capitalised in mid-sentence ("told Brown") unless it
/// is a month. Its own full name, in any case, always counts.
/// </summary>
internal static class NameScan
{
    /// <summary>"Crane Street" is a place, not Helen Crane.</summary>
    private static readonly HashSet<string> StreetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "st", "road", "rd", "lane", "avenue", "close", "way", "drive", "court", "place", "crescent", "gardens",
        "grove", "terrace", "row", "walk", "square", "park", "estate", "house", "school", "hospital", "centre", "surgery",
    };

    public static bool Finds(string text, PersonName person, IReadOnlyList<NameText.Word> words)
    {
        var own = new HashSet<string>(person.Words.Where(w => w.Length > 1), StringComparer.OrdinalIgnoreCase);
        if (own.Count == 0)
        {
            return false;
        }

        if (FullNameIn(words, person.Words))
        {
            return true;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Text;
            if (!own.Contains(word))
            {
                continue;
            }

            if (IsDistinctive(word) || UsedAsName(text, words, i, own))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDistinctive(string word) => word.Length > 2 && !OrdinaryWords.Contains(word);

    private static bool UsedAsName(string text, IReadOnlyList<NameText.Word> words, int i, HashSet<string> own)
    {
        var word = words[i];
        if (!char.IsUpper(word.Text[0]))
        {
            return false;
        }

        var previous = i > 0 && OnlySpaceBetween(text, words[i - 1].End, word.Start, allowDot: true) ? words[i - 1].Text : null;
        var next = i + 1 < words.Count && OnlySpaceBetween(text, word.End, words[i + 1].Start, allowDot: false) ? words[i + 1].Text : null;
        if (previous is not null && (PersonName.IsTitle(previous) || IsInitial(previous) || IsOtherOwnName(previous, word.Text, own)))
        {
            return true;
        }

        if ((next is not null && IsOtherOwnName(next, word.Text, own)) || IsPossessive(text, word.End))
        {
            return true;
        }

        if (next is not null && StreetWords.Contains(next))
        {
            return false;
        }

        return !OrdinaryWords.Months.Contains(word.Text) && !StartsSentence(text, word.Start);
    }

    /// <summary>All of a person's names in order, in any case: "will may" is still Will May.</summary>
    private static bool FullNameIn(IReadOnlyList<NameText.Word> words, IReadOnlyList<string> name)
    {
        if (name.Count < 2)
        {
            return false;
        }

        for (var i = 0; i + name.Count <= words.Count; i++)
        {
            var all = true;
            for (var j = 0; j < name.Count && all; j++)
            {
                all = string.Equals(words[i + j].Text, name[j], StringComparison.OrdinalIgnoreCase);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInitial(string word) => word.Length == 1 && char.IsUpper(word[0]);

    private static bool IsOtherOwnName(string neighbour, string word, HashSet<string> own) =>
        char.IsUpper(neighbour[0]) && own.Contains(neighbour) && !string.Equals(neighbour, word, StringComparison.OrdinalIgnoreCase);

    private static bool OnlySpaceBetween(string text, int from, int to, bool allowDot)
    {
        for (var i = from; i < to; i++)
        {
            if (!(text[i] == ' ' || (allowDot && text[i] == '.')))
            {
                return false;
            }
        }

        return to > from;
    }

    /// <summary>"Brown's", "Brown’s" or "Browns'".</summary>
    private static bool IsPossessive(string text, int end)
    {
        if (end >= text.Length || text[end] is not ('\'' or '’'))
        {
            return false;
        }

        var apostropheS = end + 1 < text.Length && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));
        return apostropheS || text[end - 1] is 's' or 'S';
    }

    /// <summary>At the start of the text, a line or a list item, or after a full stop, question or exclamation mark, colon or opening quote.</summary>
    private static bool StartsSentence(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '\n')
            {
                return true;
            }

            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':' or '"' or '“' or '‘' or '(' or '-' or '•' or '>' or '*';
        }

        return true;
    }
}
