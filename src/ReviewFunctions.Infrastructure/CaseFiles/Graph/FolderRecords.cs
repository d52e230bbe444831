using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>The files in a case-file folder: create-only upload, lookup, content and listing.</summary>
internal sealed class FolderRecords(GraphServiceClient graph, SharePointCaseFileOptions options)
{
    /// <summary>Graph's limit for a single-request upload; records (letters, referral forms) are far smaller.</summary>
    public const int MaxSimpleUpload = 250 * 1024 * 1024;

    /// <summary>Uploads a new file, or returns null when the name is already taken (Graph's 409 nameAlreadyExists).</summary>
    public async Task<DriveItem?> CreateAsync(string drive, string folderId, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        // Graph replaces an existing file on PUT unless told to fail, and the instruction only works in the URL.
        var url = $"{options.GraphBaseUrl.AbsoluteUri.TrimEnd('/')}/drives/{Uri.EscapeDataString(drive)}/items/{Uri.EscapeDataString(folderId)}:/{fileName}:/content?@microsoft.graph.conflictBehavior=fail";
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        try
        {
            return await graph.Drives[drive].Items[folderId].Content.WithUrl(url).PutAsync(stream, cancellationToken: ct).ConfigureAwait(false)
                ?? throw new CaseFileServiceException("Placing a record in the case file", 200, "emptyResponse");
        }
        catch (ODataError e) when (GraphFailure.Is(e, 409, "nameAlreadyExists"))
        {
            return null;
        }
        catch (ODataError e)
        {
            throw new CaseFileServiceException("Placing a record in the case file", e.ResponseStatusCode, e.Error?.Code, e);
        }
    }

    public async Task<DriveItem?> FindAsync(string drive, string folderId, string fileName, CancellationToken ct)
    {
        try
        {
            return await graph.Drives[drive].Items[folderId].ItemWithPath(fileName).GetAsync(cancellationToken: ct).ConfigureAwait(false);
        }
        catch (ODataError e) when (GraphFailure.Is(e, 404))
        {
            return null;
        }
        catch (ODataError e)
        {
            throw new CaseFileServiceException("Fetching a record in the case file", e.ResponseStatusCode, e.Error?.Code, e);
        }
    }

    public async Task<byte[]> ReadAsync(string drive, string itemId, CancellationToken ct)
    {
        var stream = await GraphFailure.Call("Reading a record in the case file", () =>
            graph.Drives[drive].Items[itemId].Content.GetAsync(cancellationToken: ct)).ConfigureAwait(false);
        if (stream is null)
        {
            return [];
        }

        await using (stream.ConfigureAwait(false))
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct).ConfigureAwait(false);
            return copy.ToArray();
        }
    }

    /// <summary>The files directly in the folder (the layout has no sub-folders), sorted by name.</summary>
    public async Task<IReadOnlyList<DriveItem>> ListAsync(string drive, string folderId, CancellationToken ct)
    {
        var items = new List<DriveItem>();
        var page = await GraphFailure.Call("Listing the case file", () =>
            graph.Drives[drive].Items[folderId].Children.GetAsync(r => r.QueryParameters.Select = ["id", "name", "size", "file"], ct)).ConfigureAwait(false);
        while (page is not null)
        {
            items.AddRange((page.Value ?? []).Where(i => i.File is not null));
            var next = page.OdataNextLink;
            page = next is null ? null : await GraphFailure.Call("Listing the case file", () =>
                graph.Drives[drive].Items[folderId].Children.WithUrl(next).GetAsync(cancellationToken: ct)).ConfigureAwait(false);
        }

        return [.. items.OrderBy(i => i.Name, StringComparer.Ordinal)];
    }
}
