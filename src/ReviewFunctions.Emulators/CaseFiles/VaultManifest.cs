using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewFunctions.Emulators.CaseFiles;

/// <summary>The <c>case-file.json</c> beside a review's records: who has access and each record's label and lock.</summary>
internal sealed record VaultManifest(string Reference, IReadOnlyList<string> Access, IReadOnlyList<VaultRecord> Records)
{
    public const string FileName = "case-file.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static VaultManifest? Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<VaultManifest>(File.ReadAllBytes(path), Json) : null;

    /// <summary>Written to a temporary file and moved into place, so a crash never leaves half an access list.</summary>
    public void Save(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, Json));
        File.Move(temporary, path, overwrite: true);
    }

    public VaultManifest With(VaultRecord record) =>
        this with { Records = [.. Records.Where(r => r.Name != record.Name).Append(record).OrderBy(r => r.Name, StringComparer.Ordinal)] };
}

internal sealed record VaultRecord(string Name, long Size, string Sha256, string RetentionLabel, int RetentionYears, bool Locked);
