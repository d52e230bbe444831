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

    /// <summary>Damerau-Levenshtein distance (optimal string alignment), for a typo in a label.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
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
