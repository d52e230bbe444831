using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Tests.Mail.Support;

/// <summary>The words a reader sees in a kept letter, HTML or PDF, so the two copies can be compared word for word.</summary>
public static partial class PrintedWords
{
    public static IReadOnlyList<string> OfHtml(byte[] page)
    {
        var html = Encoding.UTF8.GetString(page);
        var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];
        return Split(WebUtility.HtmlDecode(Tag().Replace(body, " ")));
    }

    public static IReadOnlyList<string> OfPdf(string text) => Split(PageFooter().Replace(text.Replace("\u2022", " ", StringComparison.Ordinal), " "));

    private static string[] Split(string text) => text.Split([' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"Page \d+ of \d+")]
    private static partial Regex PageFooter();
}
