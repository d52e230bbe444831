using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>An address as typed in a form: bare, <c>mailto:</c>, or <c>Name &lt;address&gt;</c>.</summary>
internal static partial class EmailAddresses
{
    public static string? Extract(string text)
    {
        var m = Address().Match(text);
        return m.Success ? m.Value.ToLowerInvariant() : null;
    }

    public static bool IsValid(string? address) => address is not null && Exact().IsMatch(address);

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Exact();
}
