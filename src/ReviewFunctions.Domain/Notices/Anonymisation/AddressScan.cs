using System.Text.RegularExpressions;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// Finds a known address in text by the parts that identify it: the postcode (with or without its space), the line
/// with the house number ("12 Alder Row"), and the street name on its own ("Alder Row"). Town names are left out on
/// purpose: they are usually the Board's own area and appear in its name.
/// </summary>
internal static partial class AddressScan
{
    public static IReadOnlyList<Regex> PatternsFor(string address)
    {
        var patterns = new List<Regex>();
        foreach (Match postcode in Postcode().Matches(address))
        {
            patterns.Add(Phrase($"{postcode.Groups["out"].Value} {postcode.Groups["in"].Value}", spaceOptional: true));
        }

        foreach (var part in address.Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var withoutPostcode = Postcode().Replace(part, string.Empty).Trim();
            var street = NumberedStreet().Match(withoutPostcode);
            if (!street.Success)
            {
                continue;
            }

            patterns.Add(Phrase(withoutPostcode, spaceOptional: false));
            var name = street.Groups["street"].Value.Trim();
            if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)
            {
                patterns.Add(Phrase(name, spaceOptional: false));
            }
        }

        return patterns;
    }

    /// <summary>The words in order, any run of spaces or punctuation between them, whole words only, any case.</summary>
    private static Regex Phrase(string phrase, bool spaceOptional)
    {
        var words = Regex.Split(phrase, @"[\s,.]+").Where(w => w.Length > 0).Select(Regex.Escape);
        var between = spaceOptional ? @"[\s,.]*" : @"[\s,.]+";
        return new Regex(@"(?<![\p{L}\d])" + string.Join(between, words) + @"(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\b(?<out>[A-Z]{1,2}\d[A-Z\d]?)\s*(?<in>\d[A-Z]{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    /// <summary>"12 Alder Row", "12a Alder Row", "Flat 4 9 Canal Street": a number followed by at least one word.</summary>
    [GeneratedRegex(@"^(?:(?:flat|apartment|unit)\s+\w+\s+)?\d+[a-z]?\s+(?<street>[\p{L}'\- ]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedStreet();
}
