namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// The permissions read back from a case file are not the ones intended. The caller retries the whole secure step
/// (it is idempotent). Lists members' e-mail addresses and permission ids only: nothing else about anyone.
/// </summary>
public sealed class CaseFileAccessMismatchException : Exception
{
    public CaseFileAccessMismatchException()
    {
    }

    public CaseFileAccessMismatchException(string message)
        : base(message)
    {
    }

    public CaseFileAccessMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CaseFileAccessMismatchException(string reference, IReadOnlyList<string> missing, IReadOnlyList<string> unexpected, IReadOnlyList<string> otherGrants)
        : base(Describe(reference, missing, unexpected, otherGrants))
    {
        Reference = reference;
        Missing = missing;
        Unexpected = unexpected;
        OtherGrants = otherGrants;
    }

    public string? Reference { get; }

    /// <summary>Members who should have access but were not found.</summary>
    public IReadOnlyList<string> Missing { get; } = [];

    /// <summary>People who have access but are not members.</summary>
    public IReadOnlyList<string> Unexpected { get; } = [];

    /// <summary>Grants that are not to a member, e.g. "permission 7 (inherited siteGroup)".</summary>
    public IReadOnlyList<string> OtherGrants { get; } = [];

    private static string Describe(string reference, IReadOnlyList<string> missing, IReadOnlyList<string> unexpected, IReadOnlyList<string> otherGrants)
    {
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add("missing " + string.Join(", ", missing));
        }

        if (unexpected.Count > 0)
        {
            parts.Add("not members but with access " + string.Join(", ", unexpected));
        }

        if (otherGrants.Count > 0)
        {
            parts.Add("other grants " + string.Join(", ", otherGrants));
        }

        return $"The case file of {reference} is not shared with exactly its members: {string.Join("; ", parts)}.";
    }
}
