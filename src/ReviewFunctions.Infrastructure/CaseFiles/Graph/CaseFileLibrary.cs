using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>The secure library and its one-folder-per-review layout.</summary>
internal sealed class CaseFileLibrary(GraphServiceClient graph, SharePointInheritance inheritance, SharePointCaseFileOptions options)
{
    private string? driveId;

    public async Task<string> DriveAsync(CancellationToken ct)
    {
        if (driveId is not null)
        {
            return driveId;
        }

        var page = await GraphFailure.Call("Finding the case-file library", () =>
            graph.Sites[options.SiteId].Drives.GetAsync(r => r.QueryParameters.Select = ["id", "name"], ct)).ConfigureAwait(false);
        while (page is not null)
        {
            var drive = page.Value?.FirstOrDefault(d => string.Equals(d.Name, options.LibraryName, StringComparison.OrdinalIgnoreCase));
            if (drive?.Id is not null)
            {
                return driveId = drive.Id;
            }

            var next = page.OdataNextLink;
            page = next is null ? null : await GraphFailure.Call("Finding the case-file library", () =>
                graph.Sites[options.SiteId].Drives.WithUrl(next).GetAsync(cancellationToken: ct)).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"The site has no document library called '{options.LibraryName}'. Create it (see docs/CASEFILES.md) or correct the configuration.");
    }

    /// <summary>
    /// Creates the review's folder at the top of the library, or fetches it when it is already there (a later command,
    /// or a retry after a create whose answer was lost).
    /// </summary>
    public async Task<DriveItem> EnsureFolderAsync(string drive, string folderName, CancellationToken ct)
    {
        var folder = new DriveItem
        {
            Name = folderName,
            Folder = new Folder(),
            AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "fail" },
        };
        try
        {
            return await graph.Drives[drive].Items["root"].Children.PostAsync(folder, cancellationToken: ct).ConfigureAwait(false)
                ?? throw new CaseFileServiceException("Creating the case-file folder", 200, "emptyResponse");
        }
        catch (ODataError e) when (GraphFailure.Is(e, 409, "nameAlreadyExists"))
        {
            return await FindFolderAsync(drive, folderName, ct).ConfigureAwait(false)
                ?? throw new CaseFileServiceException("Fetching the existing case-file folder", 404, "itemNotFound", e);
        }
        catch (ODataError e)
        {
            throw new CaseFileServiceException("Creating the case-file folder", e.ResponseStatusCode, e.Error?.Code, e);
        }
    }

    public async Task<DriveItem?> FindFolderAsync(string drive, string folderName, CancellationToken ct)
    {
        try
        {
            var item = await graph.Drives[drive].Items["root"].ItemWithPath(folderName).GetAsync(cancellationToken: ct).ConfigureAwait(false);
            return item?.Folder is not null ? item
                : throw new CaseFileServiceException("Fetching the case-file folder", 409, "notAFolder");
        }
        catch (ODataError e) when (GraphFailure.Is(e, 404))
        {
            return null;
        }
        catch (ODataError e)
        {
            throw new CaseFileServiceException("Fetching the case-file folder", e.ResponseStatusCode, e.Error?.Code, e);
        }
    }

    /// <summary>Breaks the folder's inheritance from the library through SharePoint REST, located by the item's SharePoint ids.</summary>
    public async Task StopInheritingAsync(string drive, string folderId, CancellationToken ct)
    {
        var item = await GraphFailure.Call("Reading the case-file folder's SharePoint ids", () =>
            graph.Drives[drive].Items[folderId].GetAsync(r => r.QueryParameters.Select = ["id", "sharepointIds"], ct)).ConfigureAwait(false);
        var ids = item?.SharepointIds;
        if (ids?.SiteUrl is null || !Uri.TryCreate(ids.SiteUrl, UriKind.Absolute, out var siteUrl)
            || !Guid.TryParse(ids.ListId, out var listId) || !int.TryParse(ids.ListItemId, out var listItemId))
        {
            throw new CaseFileServiceException("Reading the case-file folder's SharePoint ids", 200, "sharepointIdsMissing");
        }

        await inheritance.BreakAsync(siteUrl, listId, listItemId, ct).ConfigureAwait(false);
    }
}
