using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>Yes/no answers as typed: <c>YES</c>, <c>y</c>, <c>No</c>, <c>yes - until March</c>, a tick.</summary>
internal static partial class YesNo
{
    /// <summary>True when the box was left as the template printed it ("YES/NO") or blank: not answered.</summary>
    public static bool IsUnanswered(string? text) =>
        UkDateReader.IsBlank(text) || Template().IsMatch(text!.Trim());

    public static bool TryRead(string text, out bool value)
    {
        var m = Answer().Match(text.Trim());
        value = m.Success && m.Groups["yes"].Success;
        return m.Success;
    }

    [GeneratedRegex(@"^yes\s*/\s*no$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Template();

    [GeneratedRegex(@"^(?:(?<yes>yes|y|true|[✓✔☒☑x])|(?<no>no|n|false|☐))(?:\b|$)(?:\s*[-–,.(:;].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Answer();
}
