namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// The review's folder (library and reference, e.g. <c>Case reviews/CR-2027-0001</c>) and the e-mail addresses of
/// everyone who can open it, as read back after the change: lower case, sorted.
/// </summary>
public sealed record CaseFileAccess(string Folder, IReadOnlyList<string> People);
