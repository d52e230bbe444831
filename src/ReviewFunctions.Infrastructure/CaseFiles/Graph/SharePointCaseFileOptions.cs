using Azure.Core;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>Where review case files live in SharePoint and how the app reaches them.</summary>
public sealed class SharePointCaseFileOptions
{
    /// <summary>The Graph id of the one site the app is granted (<c>Sites.Selected</c>), e.g. <c>contoso.sharepoint.com,{guid},{guid}</c>.</summary>
    public required string SiteId { get; init; }

    /// <summary>The secure document library (drive) that holds one folder per review.</summary>
    public string LibraryName { get; init; } = "Case reviews";

    /// <summary>
    /// The retention label, published by the organisation as a record label (35 years after the review unless the
    /// organisation decides otherwise), that locks each record.
    /// </summary>
    public required string RetentionLabel { get; init; }

    /// <summary>What members may do in the folder: <c>read</c> (the default) or <c>write</c>.</summary>
    public string MemberRole { get; init; } = "read";

    /// <summary>
    /// The app registration's client id. SharePoint may list the app itself on a folder whose inheritance it broke;
    /// that entry is the service, not a person, and is neither removed nor counted as access.
    /// </summary>
    public string? ApplicationId { get; init; }

    public required TokenCredential Credential { get; init; }

    /// <summary>Microsoft Graph's v1.0 root; tests point it at a local fake.</summary>
    public Uri GraphBaseUrl { get; init; } = new("https://graph.microsoft.com/v1.0");

    public CaseFileRetryOptions Retry { get; init; } = new();

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
