using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// The aliases reviews use for a family, assigned the same way every time from the form's own order: the child is
/// Child A; relatives by relationship (Mother, Father, Mother's partner, Grandmother, Aunt, ...), numbered when the
/// same one occurs twice; brothers and sisters always numbered (Sibling 1, Sibling 2); anyone else a Significant other.
/// </summary>
public static partial class FamilyAliases
{
    public const string Child = "Child A";

    private static readonly (Regex Pattern, string Alias)[] Relationships =
    [
        (Pattern(@"\b(mother|mum|mom|mam)s?\s+(partner|boyfriend|girlfriend)|partner\s+of\s+(the\s+)?(mother|mum)"), "Mother's partner"),
        (Pattern(@"\b(father|dad)s?\s+(partner|girlfriend|boyfriend)|partner\s+of\s+(the\s+)?(father|dad)"), "Father's partner"),
        (Pattern(@"\bstep\s*-?\s*(mother|mum)"), "Stepmother"),
        (Pattern(@"\bstep\s*-?\s*(father|dad)"), "Stepfather"),
        (Pattern(@"\bmaternal\s+(grandmother|grandma|gran|nan|nana|nanna|granny)"), "Maternal grandmother"),
        (Pattern(@"\bpaternal\s+(grandmother|grandma|gran|nan|nana|nanna|granny)"), "Paternal grandmother"),
        (Pattern(@"\bmaternal\s+(grandfather|grandad|granddad|grandpa)"), "Maternal grandfather"),
        (Pattern(@"\bpaternal\s+(grandfather|grandad|granddad|grandpa)"), "Paternal grandfather"),
        (Pattern(@"\b(great\s+)?(grandmother|grandma|gran|nan|nana|nanna|granny)\b"), "Grandmother"),
        (Pattern(@"\b(great\s+)?(grandfather|grandad|granddad|grandpa)\b"), "Grandfather"),
        (Pattern(@"\b(sibling|brother|sister|twin)s?\b"), "Sibling"),
        (Pattern(@"\b(mother|mum|mom|mam|mummy)\b"), "Mother"),
        (Pattern(@"\b(father|dad|daddy)\b"), "Father"),
        (Pattern(@"\b(aunt|auntie|aunty)\b"), "Aunt"),
        (Pattern(@"\buncle\b"), "Uncle"),
        (Pattern(@"\bcousin\b"), "Cousin"),
        (Pattern(@"\bfoster\s+carer"), "Foster carer"),
        (Pattern(@"\b(special\s+)?guardian\b"), "Guardian"),
    ];

    /// <summary>The alias for each relationship, in the same order; equal inputs always give equal aliases.</summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<string?> relationships)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        var kinds = relationships.Select(Kind).ToList();
        var totals = kinds.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var aliases = new List<string>(kinds.Count);
        foreach (var kind in kinds)
        {
            var n = seen[kind] = seen.GetValueOrDefault(kind) + 1;
            aliases.Add(kind is "Sibling" or "Significant other" || totals[kind] > 1 ? $"{kind} {n}" : kind);
        }

        return aliases;
    }

    /// <summary>The relationship in the words aliases use, e.g. "mum's boyfriend" is "Mother's partner".</summary>
    public static string Kind(string? relationship)
    {
        var text = (relationship ?? string.Empty).ToLowerInvariant().Replace('’', '\'').Replace("'", string.Empty, StringComparison.Ordinal).Replace('-', ' ');
        foreach (var (pattern, alias) in Relationships)
        {
            if (pattern.IsMatch(text))
            {
                return alias;
            }
        }

        return "Significant other";
    }

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
