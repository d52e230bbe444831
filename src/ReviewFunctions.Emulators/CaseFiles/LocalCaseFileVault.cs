using System.Security.Cryptography;

using ReviewFunctions.Infrastructure.CaseFiles;

namespace ReviewFunctions.Emulators.CaseFiles;

/// <summary>
/// Case files on this machine, for the local run: <c>{root}/{reference}/records/</c> holds the records,
/// <c>{root}/{reference}/case-file.json</c> who may open them. A locked record is made read-only on disk. Folders are
/// created open to this machine's account only.
/// </summary>
public sealed class LocalCaseFileVault(LocalCaseFileVaultOptions options) : ICaseFileStore, IDisposable
{
    private const string RecordsFolder = "records";
    private readonly SemaphoreSlim gate = new(1, 1);

    public Task<CaseFileAccess> SecureAsync(string reference, IReadOnlyCollection<string> members, CancellationToken ct = default) =>
        Locked(() =>
        {
            var folder = Folder(reference);
            var intended = CaseFileMembers.Normalise(members);
            var manifest = Ensure(reference, folder) with { Access = intended };
            manifest.Save(ManifestPath(folder));

            var readBack = VaultManifest.Load(ManifestPath(folder))!.Access;
            CaseFileAccessCheck.Verify(reference, intended, readBack, []);
            return new CaseFileAccess(folder, readBack);
        }, ct);

    public Task<CaseFileRecord> PlaceRecordAsync(string reference, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct = default) =>
        Locked(() =>
        {
            var folder = Folder(reference);
            CaseFileNames.Record(fileName);
            var manifest = Ensure(reference, folder);
            var path = Path.Combine(folder, RecordsFolder, fileName);
            if (File.Exists(path))
            {
                if (!content.Span.SequenceEqual(File.ReadAllBytes(path)))
                {
                    throw new CaseFileRecordConflictException(reference, fileName);
                }
            }
            else
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                file.Write(content.Span);
            }

            var record = Lock(path, new VaultRecord(fileName, content.Length, Convert.ToHexStringLower(SHA256.HashData(content.Span)), options.RetentionLabel, options.RetentionYears, Locked: true));
            manifest.With(record).Save(ManifestPath(folder));
            return Describe(folder, record);
        }, ct);

    public Task<IReadOnlyList<CaseFileRecord>> KeepLockedAsync(string reference, CancellationToken ct = default) =>
        EachRecord(reference, (path, record) => Lock(path, record with { RetentionLabel = options.RetentionLabel, Locked = true }), ct);

    /// <summary>Unlocks every record; the label and retention period stay.</summary>
    public Task<IReadOnlyList<CaseFileRecord>> ReleaseAsync(string reference, CancellationToken ct = default) =>
        EachRecord(reference, (path, record) =>
        {
            File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
            return record with { Locked = false };
        }, ct);

    public Task<CaseFileContents?> GetAsync(string reference, CancellationToken ct = default) =>
        Locked(() =>
        {
            var folder = Folder(reference);
            var manifest = VaultManifest.Load(ManifestPath(folder));
            return manifest is null
                ? null
                : new CaseFileContents(new CaseFileAccess(folder, manifest.Access), [], [.. manifest.Records.Select(r => Describe(folder, r))]);
        }, ct);

    public void Dispose() => gate.Dispose();

    private static string ManifestPath(string folder) => Path.Combine(folder, VaultManifest.FileName);

    private static VaultRecord Lock(string path, VaultRecord record)
    {
        File.SetAttributes(path, File.GetAttributes(path) | FileAttributes.ReadOnly);
        return record;
    }

    /// <summary>What is on disk decides "locked": the manifest says what was intended, the file's attribute what holds.</summary>
    private static CaseFileRecord Describe(string folder, VaultRecord record)
    {
        var path = Path.Combine(folder, RecordsFolder, record.Name);
        var onDisk = File.Exists(path) && File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly);
        return new CaseFileRecord(record.Name, record.Size, record.RetentionLabel, record.Locked && onDisk);
    }

    private static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Folder(string reference) => Path.Combine(Path.GetFullPath(options.Root), CaseFileNames.Folder(reference));

    private static VaultManifest Ensure(string reference, string folder)
    {
        CreatePrivateDirectory(folder);
        CreatePrivateDirectory(Path.Combine(folder, RecordsFolder));
        var existing = VaultManifest.Load(ManifestPath(folder));
        if (existing is not null)
        {
            return existing;
        }

        var created = new VaultManifest(reference, [], []);
        created.Save(ManifestPath(folder));
        return created;
    }

    private Task<IReadOnlyList<CaseFileRecord>> EachRecord(string reference, Func<string, VaultRecord, VaultRecord> change, CancellationToken ct) =>
        Locked<IReadOnlyList<CaseFileRecord>>(() =>
        {
            var folder = Folder(reference);
            var manifest = VaultManifest.Load(ManifestPath(folder)) ?? throw CaseFileNotFoundException.For(reference);
            foreach (var record in manifest.Records)
            {
                manifest = manifest.With(change(Path.Combine(folder, RecordsFolder, record.Name), record));
            }

            manifest.Save(ManifestPath(folder));
            return [.. manifest.Records.Select(r => Describe(folder, r))];
        }, ct);

    private async Task<T> Locked<T>(Func<T> work, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return work();
        }
        finally
        {
            gate.Release();
        }
    }
}
