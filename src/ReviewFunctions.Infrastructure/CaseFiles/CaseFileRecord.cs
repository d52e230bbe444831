namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>One record in a case file: its name, size, the retention label it carries (if any) and whether it is locked.</summary>
public sealed record CaseFileRecord(string Name, long Size, string? RetentionLabel, bool Locked);
