using System.Net;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// The text a person sees in an HTML e-mail, line by line (table cells separated by tabs, so a pasted Word table
/// still reads as label and value), and whether the HTML carries anything that could run.
/// </summary>
internal static partial class HtmlText
{
    /// <summary>What active content the HTML holds, in words for the sender, or null if none.</summary>
    public static string? ActiveContent(string html)
    {
        if (Script().IsMatch(html))
        {
            return "a script";
        }

        if (EventHandler().IsMatch(html))
        {
            return "an event handler that runs code";
        }

        if (ScriptUrl().IsMatch(html))
        {
            return "a link that runs code";
        }

        return Embedded().Match(html) is { Success: true } m ? $"an embedded {m.Groups["tag"].Value.ToLowerInvariant()}" : null;
    }

    public static string ToText(string html)
    {
        var s = Invisible().Replace(html, string.Empty);
        s = Cell().Replace(s, "\t");
        s = LineBreak().Replace(s, "\n");
        s = Tag().Replace(s, string.Empty);
        s = WebUtility.HtmlDecode(s).Replace('\u00A0', ' ');
        var lines = s.Split('\n').Select(l => SpaceRun().Replace(l, " ").Trim(' ', '\t'));
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"<\s*script\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Script();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"(?:href|src|action)\s*=\s*[""']?\s*(?:javascript|vbscript|data:text/html)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptUrl();

    [GeneratedRegex(@"<\s*(?<tag>iframe|object|embed|applet|frameset)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Embedded();

    [GeneratedRegex(@"<\s*(head|style|script|title)\b.*?<\s*/\s*\1\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"</\s*t[dh]\s*>\s*(?=<\s*t[dh]\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<\s*br\s*/?\s*>|</\s*(p|div|tr|li|h[1-6]|table|blockquote)\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \u00A0]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceRun();
}
