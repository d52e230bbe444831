using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// <c>{reference}/{category}/{name}</c>. Segments are restricted to letters, digits, <c>-</c>, <c>_</c> and <c>.</c>
/// so a path can never climb out (<c>..</c>) or smuggle separators; keeping names free of personal details is the
/// caller's job. Quarantined input with no review yet uses the reference <see cref="Unassigned"/>.
/// </summary>
public sealed partial record DocumentPath
{
    public const string Unassigned = "unassigned";

    public DocumentPath(string reference, DocumentCategory category, string name)
    {
        ValidateReference(reference, nameof(reference));

        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category));
        }

        if (name is null || !NamePattern().IsMatch(name) || name.Contains("..", StringComparison.Ordinal) || name.EndsWith('.'))
        {
            throw new ArgumentException("A document name must be 1-200 letters, digits, '-', '_' and '.', start with a letter or digit, and hold no '..'.", nameof(name));
        }

        Reference = reference;
        Category = category;
        Name = name;
    }

    public string Reference { get; }

    public DocumentCategory Category { get; }

    public string Name { get; }

    /// <summary>Checks a reference is usable as the first path segment (the review's reference or <see cref="Unassigned"/>).</summary>
    public static void ValidateReference(string? reference, string parameterName)
    {
        if (reference is null || !ReferencePattern().IsMatch(reference))
        {
            throw new ArgumentException("A document's review reference must be 1-64 letters, digits and hyphens.", parameterName);
        }
    }

    /// <summary>The prefix that lists one review's documents, optionally one category of them.</summary>
    public static string Prefix(string reference, DocumentCategory? category = null) =>
        category is null ? reference + "/" : $"{reference}/{Segment(category.Value)}/";

    public static DocumentPath Parse(string path) =>
        TryParse(path, out var parsed) ? parsed : throw new FormatException("Not a document path of the form reference/category/name.");

    public static bool TryParse(string? path, [NotNullWhen(true)] out DocumentPath? parsed)
    {
        parsed = null;
        var parts = path?.Split('/');
        if (parts is not { Length: 3 } || !TryCategory(parts[1], out var category))
        {
            return false;
        }

        try
        {
            parsed = new DocumentPath(parts[0], category, parts[2]);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public override string ToString() => $"{Reference}/{Segment(Category)}/{Name}";

    internal static string Segment(DocumentCategory category) => category switch
    {
        DocumentCategory.Referral => "referral",
        DocumentCategory.Letters => "letters",
        DocumentCategory.Quarantine => "quarantine",
        DocumentCategory.Evidence => "evidence",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    private static bool TryCategory(string segment, out DocumentCategory category)
    {
        foreach (var candidate in Enum.GetValues<DocumentCategory>())
        {
            if (Segment(candidate) == segment)
            {
                category = candidate;
                return true;
            }
        }

        category = default;
        return false;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
