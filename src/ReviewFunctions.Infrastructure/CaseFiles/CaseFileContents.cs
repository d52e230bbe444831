namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// What a case file holds now: who can open it, any grant that is not a member's (inherited entries, groups, links,
/// by permission id and kind; empty when the folder is secured as it should be) and its records, sorted by name.
/// </summary>
public sealed record CaseFileContents(CaseFileAccess Access, IReadOnlyList<string> OtherGrants, IReadOnlyList<CaseFileRecord> Records);
