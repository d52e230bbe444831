namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>The proof step: what was read back must be the intended members, nobody else, and nothing inherited.</summary>
public static class CaseFileAccessCheck
{
    /// <param name="intended">Normalised member addresses.</param>
    /// <param name="people">Addresses of the people the read-back permissions name.</param>
    /// <param name="otherGrants">Anything else found (inherited entries, groups, links), described by permission id and kind only.</param>
    /// <exception cref="CaseFileAccessMismatchException">The read-back differs from the intended list.</exception>
    public static void Verify(string reference, IReadOnlyCollection<string> intended, IReadOnlyCollection<string> people, IReadOnlyCollection<string> otherGrants)
    {
        var missing = intended.Except(people, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var unexpected = people.Except(intended, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || unexpected.Count > 0 || otherGrants.Count > 0)
        {
            throw new CaseFileAccessMismatchException(reference, missing, unexpected, [.. otherGrants]);
        }
    }
}
