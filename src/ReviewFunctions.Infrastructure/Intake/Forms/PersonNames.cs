using System.Globalization;
using System.Text;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// A name reduced to what identifies it across the ways it gets typed: case, accents, punctuation, spacing and
/// word order ("Raman, Priya" is "Priya Raman"). Used to compare names, never shown.
/// </summary>
internal static class PersonNames
{
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) || char.IsDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('\'' or '’'))
            {
                sb.Append(' ');
            }
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(words, StringComparer.Ordinal);
        return string.Join(' ', words);
    }
}
