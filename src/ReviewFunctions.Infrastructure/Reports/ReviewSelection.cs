namespace ReviewFunctions.Infrastructure.Reports;

/// <summary>Which reviews a report is about: all, one kind's, or the references listed (comma-separated).</summary>
public sealed record ReviewSelection(string? Kind, IReadOnlySet<string>? References)
{
    public bool Includes(string reference) => References is null || References.Contains(reference);

    public static (ReviewSelection? Selection, string? Problem) Read(string? kind, string? references, IReadOnlyCollection<string> kinds)
    {
        var trimmedKind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim();
        if (trimmedKind is not null && !kinds.Contains(trimmedKind))
        {
            return (null, $"'kind' must be one of: {string.Join(", ", kinds.Order(StringComparer.Ordinal))}.");
        }

        if (string.IsNullOrWhiteSpace(references))
        {
            return (new ReviewSelection(trimmedKind, null), null);
        }

        var list = references.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return list.Length > BoardReviews.MaxReferences
            ? (null, $"'references' lists {list.Length} reviews; ask for at most {BoardReviews.MaxReferences} at once, or leave it out for every review.")
            : (new ReviewSelection(trimmedKind, list.ToHashSet(StringComparer.Ordinal)), null);
    }
}
