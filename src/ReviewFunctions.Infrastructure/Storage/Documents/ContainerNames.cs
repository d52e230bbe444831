using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Container names: 3-63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.</summary>
internal static partial class ContainerNames
{
    public static string Validate(string name, string optionName) =>
        name is not null && Pattern().IsMatch(name) && !name.Contains("--", StringComparison.Ordinal)
            ? name
            : throw new ArgumentException($"{optionName} must be a valid blob container name (3-63 lower-case letters, digits and hyphens).", optionName);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
