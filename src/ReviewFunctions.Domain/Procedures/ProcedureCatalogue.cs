using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace ReviewFunctions.Domain.Procedures;

/// <summary>Every procedure a Board runs, and the roles that own their steps.</summary>
public sealed class ProcedureCatalogue
{
    public const string RolesFile = "roles.json";

    private const string ResourcePrefix = "ReviewFunctions.Domain.Procedures.";

    private readonly IReadOnlyDictionary<string, Procedure> procedures;

    private ProcedureCatalogue(IReadOnlyDictionary<string, Role> roles, IReadOnlyDictionary<string, Procedure> procedures, string fingerprint)
    {
        Roles = roles;
        this.procedures = procedures;
        Fingerprint = fingerprint;
    }

    public IReadOnlyDictionary<string, Role> Roles { get; }

    /// <summary>
    /// SHA-256 of the files the catalogue was built from (names and bytes), in hex: equal fingerprints, equal procedures.
    /// Whether a review has ended depends on its procedure, so a review's saved state is only good under the same one.
    /// </summary>
    public string Fingerprint { get; }

    public IReadOnlyList<Procedure> All => [.. procedures.Values.OrderBy(p => p.Kind, StringComparer.Ordinal)];

    public static ProcedureCatalogue Embedded { get; } = LoadEmbedded();

    /// <summary>Builds a catalogue from named files; <see cref="RolesFile"/> must be among them.</summary>
    public static ProcedureCatalogue Load(IReadOnlyDictionary<string, byte[]> files)
    {
        if (!files.TryGetValue(RolesFile, out var rolesJson))
        {
            throw new ProcedureLoadException(RolesFile, null, "missing: every procedure folder needs the roles its steps are owned by");
        }

        var roles = RoleParser.Parse(RolesFile, rolesJson);
        var procedures = files
            .Where(f => f.Key != RolesFile)
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => ProcedureParser.Parse(f.Key, f.Value, roles))
            .ToDictionary(p => p.Kind, StringComparer.Ordinal);
        return new ProcedureCatalogue(roles, procedures, FingerprintOf(files));
    }

    public static ProcedureCatalogue LoadEmbedded()
    {
        var assembly = typeof(ProcedureCatalogue).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(n => n[ResourcePrefix.Length..], n => ReadResource(assembly, n), StringComparer.Ordinal);
        return Load(files);
    }

    public Procedure? Find(string kind) => procedures.GetValueOrDefault(kind);

    public Procedure Get(string kind) =>
        Find(kind) ?? throw new KeyNotFoundException($"There is no procedure for the review kind '{kind}'. Known kinds: {string.Join(", ", procedures.Keys.Order(StringComparer.Ordinal))}.");

    public Role Role(string id) => Roles.TryGetValue(id, out var role) ? role : throw new KeyNotFoundException($"There is no role '{id}'.");

    private static string FingerprintOf(IReadOnlyDictionary<string, byte[]> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            // Each file's name and length go first, so no two sets of files run together into the same bytes.
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{bytes.Length}\n"));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
