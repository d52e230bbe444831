using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>One permission entry on a case-file folder, reduced to what the access check needs.</summary>
internal sealed record FolderGrant(string Id, string Kind, string? Email, bool Inherited, bool IsService)
{
    public const string User = "user";

    public bool IsPerson => Kind == User && Email is not null && !Inherited && !IsService;

    /// <summary>How a grant that is not a member's is reported: by permission id and kind, never by name.</summary>
    public string Description => $"permission {Id} ({(Inherited ? "inherited " : "")}{Kind})";

    public static FolderGrant From(Permission permission, string? applicationId)
    {
        var to = permission.GrantedToV2;
        var kind = permission.Link is not null ? "link"
            : to?.SiteGroup is not null ? "siteGroup"
            : to?.Group is not null ? "group"
            : to?.Application is not null ? "application"
            : to?.User is not null || to?.SiteUser is not null || permission.Invitation is not null ? User
            : "unknown";
        var isService = applicationId is not null
            && (string.Equals(to?.Application?.Id, applicationId, StringComparison.OrdinalIgnoreCase)
                || (to?.SiteUser?.LoginName?.Contains(applicationId, StringComparison.OrdinalIgnoreCase) ?? false));
        var email = kind == User ? EmailOf(permission) : null;
        return new FolderGrant(permission.Id ?? "", kind, email, permission.InheritedFrom is not null, isService);
    }

    /// <summary>
    /// SharePoint reports a user's address in the identity's extra <c>email</c> property, in the claims login name
    /// (<c>i:0#.f|membership|someone@org</c>), or in the invitation, depending on how the grant was made.
    /// </summary>
    private static string? EmailOf(Permission permission)
    {
        var to = permission.GrantedToV2;
        var login = to?.SiteUser?.LoginName;
        var fromLogin = login is not null && login.Contains('|', StringComparison.Ordinal) && login[(login.LastIndexOf('|') + 1)..].Contains('@', StringComparison.Ordinal)
            ? login[(login.LastIndexOf('|') + 1)..]
            : null;
        var email = Extra(to?.User, "email") ?? Extra(to?.SiteUser, "email") ?? fromLogin ?? permission.Invitation?.Email ?? Extra(permission.GrantedTo?.User, "email");
        return email is null ? null : CaseFileMembers.Normalise(email);
    }

    private static string? Extra(Identity? identity, string name) =>
        identity?.AdditionalData is { } data && data.TryGetValue(name, out var value)
            ? value switch
            {
                string s => s,
                UntypedString u => u.GetValue(),
                _ => null,
            }
            : null;
}
