using System.Net;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// The last check before anything leaves the partnership: after a notice is written with aliases, it is read again
/// for every name, date of birth and address known for the review. It fails closed: one hit and the notice is not sent.
/// </summary>
public static partial class AnonymisationGate
{
    /// <summary>The kinds of detail found in the texts (subject, plain text, HTML, attachments), empty when none.</summary>
    public static IReadOnlySet<LeakKind> Check(SensitiveDetails details, params string[] texts)
    {
        var found = new HashSet<LeakKind>();
        var addressPatterns = details.Addresses.SelectMany(AddressScan.PatternsFor).ToList();
        foreach (var raw in texts)
        {
            var text = WithoutAllowedNames(Readable(raw), details.AllowedNames);
            var words = NameText.Words(text);
            if (details.Names.Any(name => NameScan.Finds(text, name, words)))
            {
                found.Add(LeakKind.Name);
            }

            if (DateScan.DatesIn(text).Any(details.DatesOfBirth.Contains))
            {
                found.Add(LeakKind.DateOfBirth);
            }

            if (addressPatterns.Any(p => p.IsMatch(text)))
            {
                found.Add(LeakKind.Address);
            }
        }

        return found;
    }

    /// <summary>What the notice kept back, in words fit for the review's record: the kinds of detail, never the detail.</summary>
    public static string Describe(IReadOnlySet<LeakKind> kinds)
    {
        var parts = kinds.Order().Select(k => k switch
        {
            LeakKind.Name => "a name",
            LeakKind.DateOfBirth => "a date of birth",
            LeakKind.Address => "an address",
            _ => "a personal detail",
        }).ToList();
        var list = parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
        return $"Not sent: once written, the notice still held {list} of someone in the review, and it was going outside the partnership.";
    }

    /// <summary>HTML is read as a person would see it: tags dropped, entities decoded, so "K&amp;#97;rry" cannot slip through.</summary>
    private static string Readable(string text) =>
        text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal)
            ? WebUtility.HtmlDecode(Tags().Replace(text, " "))
            : text;

    private static string WithoutAllowedNames(string text, IReadOnlyList<string> allowed)
    {
        foreach (var name in allowed)
        {
            var words = NameText.Words(name).Select(w => Regex.Escape(w.Text)).ToList();
            if (words.Count > 0)
            {
                text = Regex.Replace(text, @"(?<!\p{L})" + string.Join(@"[\s.]+", words) + @"(?!\p{L})", "[named officer]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            }
        }

        return text;
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
