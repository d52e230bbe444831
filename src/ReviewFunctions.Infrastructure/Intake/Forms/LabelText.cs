using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Puts a label the way we compare it: lower case, no accents, no punctuation, no "(if applicable)" notes and no
/// section numbers, "&amp;" as "and", "e-mail" as "email", "D.O.B." as "dob". "Date of Birth:", "DATE OF BIRTH" and
/// "2. date of birth (dd/mm/yyyy)" all become "date of birth".
/// </summary>
internal static partial class LabelText
{
    public static string Normalise(string label)
    {
        var s = RemoveAccents(label).ToLowerInvariant();
        s = Parenthetical().Replace(s, " ");
        s = s.Replace("&", " and ", StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal);
        s = Numbering().Replace(s, string.Empty);
        s = NonWord().Replace(s, " ");
        s = Spaces().Replace(s, " ").Trim();
        s = Dob().Replace(s, "dob");
        s = EMail().Replace(s, "email");
        return s;
    }

    /// <summary>
    /// Damerau-Levenshtein distance (optimal string alignment), for a typo in a label. Three rows at a time rather than
    /// the whole table: every line of every form is compared with every label, so a table allocated per comparison was
    /// a tenth of the intake host's CPU under load (profiled with the intake bench).
    /// </summary>
    public static int Distance(string a, string b)
    {
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 384 ? stackalloc int[width * 3] : new int[width * 3];
        var beforeLast = rows[..width];
        var last = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            last[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(last[j] + 1, current[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, beforeLast[j - 2] + 1);
                }

                current[j] = best;
            }

            var spare = beforeLast;
            beforeLast = last;
            last = current;
            current = spare;
        }

        return last[b.Length];
    }

    /// <summary>How many typos a label of this length may carry and still count: none in short words, where one letter changes the meaning.</summary>
    public static int Tolerance(string normalised) => normalised.Length switch
    {
        < 7 => 0,
        < 15 => 1,
        _ => 2,
    };

    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^\s*(?:part\s+\d+\s*)?(?:\d+(?:\.\d+)*[.)]?\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\bd o b\b", RegexOptions.CultureInvariant)]
    private static partial Regex Dob();

    [GeneratedRegex(@"\be mail\b", RegexOptions.CultureInvariant)]
    private static partial Regex EMail();
}
