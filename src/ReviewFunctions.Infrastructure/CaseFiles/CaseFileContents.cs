namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>What a case file holds now: who can open it and its records, sorted by name.</summary>
public sealed record CaseFileContents(CaseFileAccess Access, IReadOnlyList<CaseFileRecord> Records);
