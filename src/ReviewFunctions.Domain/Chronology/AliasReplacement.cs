using System.Text.RegularExpressions;

namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// Puts aliases in place of names in free text. A name counts only as whole words, in any case, with any spacing
/// between its words and an optional full stop after a title ("Mr. Fowler"); the longest name wins where names overlap,
/// so "Kerry Marsh" becomes "Mother" rather than "Mother Marsh". "Kerry's" becomes "Mother's".
/// </summary>
internal sealed class AliasReplacement
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    private readonly Regex? pattern;
    private readonly string[] aliases;

    public AliasReplacement(IReadOnlyDictionary<string, string> aliasesByName)
    {
        var names = aliasesByName
            .Select(pair => (Words: pair.Key.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), Alias: pair.Value))
            .Where(n => n.Words.Length > 0)
            .OrderByDescending(n => string.Join(' ', n.Words).Length)
            .ToList();
        aliases = [.. names.Select(n => n.Alias)];
        if (names.Count > 0)
        {
            var alternatives = names.Select((n, i) => $"(?<n{i}>{string.Join(@"\.?\s+", n.Words.Select(Regex.Escape))})");
            pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Budget);
        }
    }

    public string Replace(string text) =>
        pattern is null || text.Length == 0 ? text : pattern.Replace(text, AliasOf);

    private string AliasOf(Match match)
    {
        for (var i = 0; i < aliases.Length; i++)
        {
            if (match.Groups[$"n{i}"].Success)
            {
                return aliases[i];
            }
        }

        return match.Value;
    }
}
