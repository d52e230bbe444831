using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// The original sender of a forwarded e-mail, from the header block the forwarding mail program quotes
/// ("From: Name &lt;address&gt;" followed by Sent/Date/To/Subject lines). With several forwards, the deepest one is the original.
/// </summary>
internal static partial class ForwardedHeader
{
    public static MailAddress? OriginalSender(string bodyText)
    {
        var lines = bodyText.Split('\n').Select(l => l.Trim().TrimStart('>').Trim()).ToArray();
        MailAddress? original = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var from = From().Match(lines[i]);
            if (!from.Success)
            {
                continue;
            }

            var header = lines.Skip(i + 1).Take(5).Any(l => HeaderLine().IsMatch(l));
            if (header)
            {
                var name = from.Groups["name"].Value.Trim().Trim('"', '\'').Trim();
                original = new MailAddress(from.Groups["address"].Value.Trim(), name.Length == 0 ? null : name);
            }
        }

        return original;
    }

    [GeneratedRegex(@"^(?:from|van|de|von)\s*:\s*(?<name>[^<\[]*?)\s*[<\[]?(?:mailto:)?(?<address>[^\s<>\[\]:]+@[^\s<>\[\]]+?)[>\]]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex From();

    [GeneratedRegex(@"^(?:sent|date|to|cc|subject)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();
}
