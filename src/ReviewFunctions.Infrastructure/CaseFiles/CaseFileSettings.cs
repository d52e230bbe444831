using Azure.Core;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// Reads the case-file settings (<c>CaseFiles:SiteId</c>, or <c>CaseFiles__SiteId</c> as an app setting) and makes the
/// SharePoint store they describe.
/// </summary>
public static class CaseFileSettings
{
    public const string Section = "CaseFiles";

    public static SharePointCaseFileStore CreateStore(Func<string, string?> getSetting, Func<TokenCredential> credential)
    {
        ArgumentNullException.ThrowIfNull(getSetting);
        ArgumentNullException.ThrowIfNull(credential);
        var graphBase = Read(getSetting, "GraphBaseUrl");
        return new SharePointCaseFileStore(new SharePointCaseFileOptions
        {
            SiteId = Required(getSetting, "SiteId"),
            LibraryName = Read(getSetting, "Library") ?? "Case reviews",
            RetentionLabel = Required(getSetting, "RetentionLabel"),
            MemberRole = Read(getSetting, "MemberRole") ?? "read",
            ApplicationId = Read(getSetting, "ApplicationId"),
            Credential = credential(),
            GraphBaseUrl = graphBase is null ? new Uri("https://graph.microsoft.com/v1.0") : new Uri(graphBase),
        });
    }

    private static string Required(Func<string, string?> getSetting, string name) =>
        Read(getSetting, name) ?? throw new InvalidOperationException($"The setting {Section}__{name} is needed for case files in SharePoint. See docs/CASEFILES.md.");

    private static string? Read(Func<string, string?> getSetting, string name)
    {
        var value = getSetting($"{Section}:{name}");
        if (string.IsNullOrWhiteSpace(value))
        {
            value = getSetting($"{Section}__{name}");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
