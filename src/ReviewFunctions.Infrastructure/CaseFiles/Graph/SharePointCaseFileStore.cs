using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// Case files in one secure SharePoint library, through the Microsoft Graph v1.0 SDK (and SharePoint REST for the one
/// step Graph v1.0 lacks). See docs/CASEFILES.md for the layout, the permissions the app needs and what is unverified.
/// </summary>
public sealed class SharePointCaseFileStore : ICaseFileStore, IDisposable
{
    private readonly SharePointCaseFileOptions options;
    private readonly GraphServiceClient graph;
    private readonly HttpClient graphHttp;
    private readonly HttpClient sharePointRest;
    private readonly CaseFileLibrary library;
    private readonly FolderSharing sharing;
    private readonly FolderRecords records;
    private readonly RecordLocking locking;

    public SharePointCaseFileStore(SharePointCaseFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MemberRole is not ("read" or "write"))
        {
            throw new ArgumentException("Members are given 'read' or 'write' access.", nameof(options));
        }

        this.options = options;
        (graph, graphHttp) = CaseFileGraphClients.Graph(options);
        sharePointRest = CaseFileGraphClients.SharePointRest(options);
        library = new CaseFileLibrary(graph, new SharePointInheritance(sharePointRest, options.Credential), options);
        sharing = new FolderSharing(graph, options);
        records = new FolderRecords(graph, options);
        locking = new RecordLocking(graph, options);
    }

    public async Task<CaseFileAccess> SecureAsync(string reference, IReadOnlyCollection<string> members, CancellationToken ct = default)
    {
        var folderName = CaseFileNames.Folder(reference);
        var intended = CaseFileMembers.Normalise(members);
        var drive = await library.DriveAsync(ct).ConfigureAwait(false);
        var folder = await library.EnsureFolderAsync(drive, folderName, ct).ConfigureAwait(false);
        var grants = await OwnGrantsAsync(drive, folder.Id!, ct).ConfigureAwait(false);

        var present = grants.Where(g => g.IsPerson).Select(g => g.Email!).ToHashSet(StringComparer.Ordinal);
        foreach (var member in intended.Where(m => !present.Contains(m)))
        {
            await sharing.GrantAsync(reference, drive, folder.Id!, member, ct).ConfigureAwait(false);
        }

        // Inherited grants cannot be deleted through Graph; after the break there should be none left to try.
        foreach (var grant in grants.Where(g => !g.Inherited && !g.IsService && !(g.IsPerson && intended.Contains(g.Email!))))
        {
            await sharing.RevokeAsync(drive, folder.Id!, grant.Id, ct).ConfigureAwait(false);
        }

        var after = await sharing.ReadAsync(drive, folder.Id!, ct).ConfigureAwait(false);
        var access = Access(reference, after);
        CaseFileAccessCheck.Verify(reference, intended, access.People, [.. after.Where(IsOther).Select(g => g.Description)]);
        return access;
    }

    public async Task<CaseFileRecord> PlaceRecordAsync(string reference, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var folderName = CaseFileNames.Folder(reference);
        CaseFileNames.Record(fileName);
        if (content.Length > FolderRecords.MaxSimpleUpload)
        {
            throw new ArgumentException("A case-file record is at most 250 MB.", nameof(content));
        }

        var drive = await library.DriveAsync(ct).ConfigureAwait(false);
        var folder = await library.EnsureFolderAsync(drive, folderName, ct).ConfigureAwait(false);

        // A record never lands in a folder that is still open to the whole library.
        await OwnGrantsAsync(drive, folder.Id!, ct).ConfigureAwait(false);

        var item = await records.CreateAsync(drive, folder.Id!, fileName, content, ct).ConfigureAwait(false)
            ?? await SameRecordAsync(reference, drive, folder.Id!, fileName, content, ct).ConfigureAwait(false);
        return await locking.LockAsync(drive, item, ct).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<CaseFileRecord>> KeepLockedAsync(string reference, CancellationToken ct = default) =>
        EachRecordAsync(reference, locking.LockAsync, ct);

    public Task<IReadOnlyList<CaseFileRecord>> ReleaseAsync(string reference, CancellationToken ct = default) =>
        EachRecordAsync(reference, locking.UnlockAsync, ct);

    public async Task<CaseFileContents?> GetAsync(string reference, CancellationToken ct = default)
    {
        var folderName = CaseFileNames.Folder(reference);
        var drive = await library.DriveAsync(ct).ConfigureAwait(false);
        var folder = await library.FindFolderAsync(drive, folderName, ct).ConfigureAwait(false);
        if (folder is null)
        {
            return null;
        }

        var grants = await sharing.ReadAsync(drive, folder.Id!, ct).ConfigureAwait(false);
        var held = new List<CaseFileRecord>();
        foreach (var item in await records.ListAsync(drive, folder.Id!, ct).ConfigureAwait(false))
        {
            held.Add(await locking.DescribeAsync(drive, item, ct).ConfigureAwait(false));
        }

        return new CaseFileContents(Access(reference, grants), [.. grants.Where(IsOther).Select(g => g.Description)], held);
    }

    public void Dispose()
    {
        graph.Dispose();
        graphHttp.Dispose();
        sharePointRest.Dispose();
    }

    private static bool IsOther(FolderGrant grant) => !grant.IsPerson && !(grant.IsService && !grant.Inherited);

    private CaseFileAccess Access(string reference, IEnumerable<FolderGrant> grants) =>
        new($"{options.LibraryName}/{reference}", [.. grants.Where(g => g.IsPerson).Select(g => g.Email!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    /// <summary>The folder's grants once it no longer inherits from the library, breaking the inheritance first if it still does.</summary>
    private async Task<IReadOnlyList<FolderGrant>> OwnGrantsAsync(string drive, string folderId, CancellationToken ct)
    {
        var grants = await sharing.ReadAsync(drive, folderId, ct).ConfigureAwait(false);
        if (!grants.Any(g => g.Inherited))
        {
            return grants;
        }

        await library.StopInheritingAsync(drive, folderId, ct).ConfigureAwait(false);
        return await sharing.ReadAsync(drive, folderId, ct).ConfigureAwait(false);
    }

    /// <summary>The name is taken: the same bytes mean an earlier attempt got this far; anything else is refused.</summary>
    private async Task<DriveItem> SameRecordAsync(string reference, string drive, string folderId, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var existing = await records.FindAsync(drive, folderId, fileName, ct).ConfigureAwait(false)
            ?? throw new CaseFileServiceException("Fetching a record whose name is taken", 404, "itemNotFound");
        var stored = existing.Size == content.Length ? await records.ReadAsync(drive, existing.Id!, ct).ConfigureAwait(false) : null;
        if (stored is null || !content.Span.SequenceEqual(stored))
        {
            throw new CaseFileRecordConflictException(reference, fileName);
        }

        return existing;
    }

    private async Task<IReadOnlyList<CaseFileRecord>> EachRecordAsync(string reference, Func<string, DriveItem, CancellationToken, Task<CaseFileRecord>> change, CancellationToken ct)
    {
        var folderName = CaseFileNames.Folder(reference);
        var drive = await library.DriveAsync(ct).ConfigureAwait(false);
        var folder = await library.FindFolderAsync(drive, folderName, ct).ConfigureAwait(false)
            ?? throw CaseFileNotFoundException.For(reference);
        var result = new List<CaseFileRecord>();
        foreach (var item in await records.ListAsync(drive, folder.Id!, ct).ConfigureAwait(false))
        {
            result.Add(await change(drive, item, ct).ConfigureAwait(false));
        }

        return result;
    }
}
