using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.Invite;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>Who the folder is shared with: read, grant and revoke through Graph v1.0 driveItem permissions.</summary>
internal sealed class FolderSharing(GraphServiceClient graph, SharePointCaseFileOptions options)
{
    public async Task<IReadOnlyList<FolderGrant>> ReadAsync(string drive, string folderId, CancellationToken ct)
    {
        var grants = new List<FolderGrant>();
        var page = await GraphFailure.Call("Reading the case-file folder's permissions", () =>
            graph.Drives[drive].Items[folderId].Permissions.GetAsync(cancellationToken: ct)).ConfigureAwait(false);
        while (page is not null)
        {
            grants.AddRange((page.Value ?? []).Select(p => FolderGrant.From(p, options.ApplicationId)));
            var next = page.OdataNextLink;
            page = next is null ? null : await GraphFailure.Call("Reading the case-file folder's permissions", () =>
                graph.Drives[drive].Items[folderId].Permissions.WithUrl(next).GetAsync(cancellationToken: ct)).ConfigureAwait(false);
        }

        return grants;
    }

    /// <summary>
    /// Grants one member access without sending SharePoint's own invitation mail (the review's letters tell people),
    /// one member a call so a refused address is named in the error.
    /// </summary>
    public async Task GrantAsync(string reference, string drive, string folderId, string member, CancellationToken ct)
    {
        var body = new InvitePostRequestBody
        {
            Recipients = [new DriveRecipient { Email = member }],
            Roles = [options.MemberRole],
            RequireSignIn = true,
            SendInvitation = false,
        };
        try
        {
            await graph.Drives[drive].Items[folderId].Invite.PostAsInvitePostResponseAsync(body, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode is 400 or 404)
        {
            throw new CaseFileMemberNotFoundException(reference, member, e.Error?.Code ?? e.ResponseStatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), e);
        }
        catch (ODataError e)
        {
            throw new CaseFileServiceException("Sharing the case-file folder", e.ResponseStatusCode, e.Error?.Code, e);
        }
    }

    /// <summary>Removes a grant. One already gone (a retry after a lost answer) is what was wanted.</summary>
    public async Task RevokeAsync(string drive, string folderId, string permissionId, CancellationToken ct)
    {
        try
        {
            await graph.Drives[drive].Items[folderId].Permissions[permissionId].DeleteAsync(cancellationToken: ct).ConfigureAwait(false);
        }
        catch (ODataError e) when (GraphFailure.Is(e, 404))
        {
        }
        catch (ODataError e)
        {
            throw new CaseFileServiceException("Removing access to the case-file folder", e.ResponseStatusCode, e.Error?.Code, e);
        }
    }
}
