using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// The circumstances category typed as text: <c>b, e</c>, <c>(b) and (e)</c>, <c>b) Potentially life-threatening injury</c>.
/// Only the letters a to e are categories; anything else is a question for the sender, not a guess.
/// </summary>
internal static partial class CircumstanceLetters
{
    public static bool TryRead(string text, out IReadOnlyList<string> letters, out string? description, out string? problem)
    {
        letters = [];
        description = null;
        problem = null;
        var value = text.Trim();
        if (value.Length == 0)
        {
            return true;
        }

        if (LettersOnly().IsMatch(value))
        {
            letters = Letter().Matches(value).Select(m => m.Groups["letter"].Value.ToLowerInvariant()).Distinct().ToList();
            var wrong = letters.Where(l => l[0] is < 'a' or > 'e').ToList();
            if (wrong.Count > 0)
            {
                problem = $"The circumstances category '{string.Join(", ", wrong)}' is not one of the form's categories a to e. Please give the letter(s) of the categories that apply.";
                letters = letters.Except(wrong).ToList();
                return false;
            }

            return true;
        }

        var item = LeadingItem().Match(value);
        if (item.Success)
        {
            letters = [item.Groups["letter"].Value.ToLowerInvariant()];
            description = value[item.Length..].Trim();
            return true;
        }

        problem = $"We could not tell which circumstances category applies from '{Shorten(value)}'. Please give the letter(s) a to e from section 5 of the form.";
        return false;
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    [GeneratedRegex(@"^\(?[a-z]\)?(?:\s*(?:,|;|/|&|\+|\band\b|\bor\b|\s)\s*\(?[a-z]\)?)*\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LettersOnly();

    [GeneratedRegex(@"(?<![a-z])(?<letter>[a-z])(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Letter();

    [GeneratedRegex(@"^\(?(?<letter>[a-e])\s*[).:]\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingItem();
}
