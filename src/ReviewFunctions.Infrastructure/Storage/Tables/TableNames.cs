using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Table names: a letter, then letters or digits, 3-63 characters in all.</summary>
internal static partial class TableNames
{
    public static string Validate(string name, string optionName) =>
        name is not null && Pattern().IsMatch(name)
            ? name
            : throw new ArgumentException($"{optionName} must be 3-63 letters and digits starting with a letter.", optionName);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
