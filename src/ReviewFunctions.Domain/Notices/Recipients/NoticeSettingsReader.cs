using System.Net.Mail;
using System.Text.Json;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// Reads a Board's notice settings file over the shipped directory. Shape:
/// <c>{"board": {"name", "email", "chairName", "administratorEmail"}, "directory": {"ofsted": {"email": …}, …},
/// "roles": {"board-chair": "…"}, "agencies": [{"name", "email", "safeguardingLead", "director"}],
/// "confirmBeforeSending": ["decision-notice"], "partnershipDomains": ["westbridge-council.example"]}</c>. Every address
/// and domain is checked; a mistake names the file, line and field. Without <c>partnershipDomains</c> no address is
/// inside the partnership, so every letter is anonymised.
/// </summary>
public static class NoticeSettingsReader
{
    public const string DirectoryFile = "directory.json";

    private const string DirectoryResource = "ReviewFunctions.Domain.Notices.Catalogue.directory.json";

    private static readonly HashSet<string> RootKeys = ["board", "directory", "roles", "agencies", "confirmBeforeSending", "partnershipDomains"];
    private static readonly HashSet<string> BoardKeys = ["name", "email", "chairName", "administratorEmail"];
    private static readonly HashSet<string> EntryKeys = ["id", "title", "email", "outsidePartnership", "membersOf", "source"];
    private static readonly HashSet<string> AgencyKeys = ["name", "email", "safeguardingLead", "director"];

    /// <summary>The shipped directory: national bodies (with the seed's published mailboxes) and Board groups.</summary>
    public static IReadOnlyDictionary<string, DirectoryEntry> ShippedEntries { get; } = ReadShipped();

    public static NoticeSettings Read(string file, byte[] utf8)
    {
        var json = JsonFileReader.Open(file, utf8);
        json.RequireObject(json.Root, string.Empty, RootKeys);
        var board = json.Object(json.Root, string.Empty, "board", BoardKeys);
        var details = new BoardDetails(
            json.String(board, "board", "name"),
            Address(json, board, "board", "email", required: true)!,
            json.OptionalString(board, "board", "chairName"),
            Address(json, board, "board", "administratorEmail", required: true)!);

        var entries = ShippedEntries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        if (json.Root.TryGetProperty("directory", out var directory))
        {
            json.RequireObject(directory, "directory", directory.EnumerateObject().Select(p => p.Name).ToHashSet());
            foreach (var property in directory.EnumerateObject())
            {
                var path = JsonFileReader.Join("directory", property.Name);
                json.RequireObject(property.Value, path, EntryKeys);
                var shipped = entries.GetValueOrDefault(property.Name);
                entries[property.Name] = new DirectoryEntry(
                    property.Name,
                    json.OptionalString(property.Value, path, "title") ?? shipped?.Title ?? throw json.Error(path, "a new directory entry needs a 'title'"),
                    property.Value.TryGetProperty("email", out _) ? Address(json, property.Value, path, "email", required: false) : shipped?.Email,
                    json.Boolean(property.Value, path, "outsidePartnership", shipped?.OutsidePartnership ?? false),
                    json.OptionalString(property.Value, path, "membersOf") ?? shipped?.MembersOf,
                    json.OptionalString(property.Value, path, "source") ?? "set by the Board");
            }
        }

        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json.Root.TryGetProperty("roles", out var rolesElement))
        {
            foreach (var role in rolesElement.EnumerateObject())
            {
                roles[role.Name] = Address(json, rolesElement, "roles", role.Name, required: true)!;
            }
        }

        var agencies = json.Array(json.Root, string.Empty, "agencies", required: false)
            .Select((agency, i) =>
            {
                var path = JsonFileReader.Index("agencies", i);
                json.RequireObject(agency, path, AgencyKeys);
                return new AgencyContact(
                    json.String(agency, path, "name"),
                    Address(json, agency, path, "email", required: false),
                    Address(json, agency, path, "safeguardingLead", required: false),
                    Address(json, agency, path, "director", required: false));
            })
            .ToList();

        var confirm = json.Array(json.Root, string.Empty, "confirmBeforeSending", required: false)
            .Select((n, i) => n.ValueKind == JsonValueKind.String ? n.GetString()! : throw json.Error(JsonFileReader.Index("confirmBeforeSending", i), "must be a notice id"))
            .ToHashSet(StringComparer.Ordinal);

        return new NoticeSettings(details, new NoticeDirectory(entries, roles, agencies), confirm, Partnership(json));
    }

    /// <summary>An e-mail address as a person would type it, without display names or surrounding text.</summary>
    public static bool IsAddress(string? text) =>
        text is not null && MailAddress.TryCreate(text.Trim(), out var parsed) && parsed.Address == text.Trim() && parsed.Host.Contains('.', StringComparison.Ordinal);

    private static PartnershipDomains Partnership(JsonFileReader json)
    {
        var domains = json.Array(json.Root, string.Empty, "partnershipDomains", required: false)
            .Select((d, i) =>
            {
                var path = JsonFileReader.Index("partnershipDomains", i);
                var text = d.ValueKind == JsonValueKind.String ? d.GetString()! : throw json.Error(path, "must be a domain, such as westbridge-council.example");
                return PartnershipDomains.Problem(text) is { } problem ? throw json.Error(path, $"'{text}' {problem}") : text;
            })
            .ToList();
        return PartnershipDomains.Of(domains);
    }

    private static string? Address(JsonFileReader json, JsonElement parent, string parentPath, string name, bool required)
    {
        var text = required ? json.String(parent, parentPath, name) : json.OptionalString(parent, parentPath, name);
        return text is null || IsAddress(text)
            ? text?.Trim()
            : throw json.Error(JsonFileReader.Join(parentPath, name), "is not an e-mail address");
    }

    private static Dictionary<string, DirectoryEntry> ReadShipped()
    {
        using var stream = typeof(NoticeSettingsReader).Assembly.GetManifestResourceStream(DirectoryResource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var json = JsonFileReader.Open(DirectoryFile, copy.ToArray());
        return json.Array(json.Root, string.Empty, "entries", required: true)
            .Select((entry, i) =>
            {
                var path = JsonFileReader.Index("entries", i);
                json.RequireObject(entry, path, EntryKeys);
                return new DirectoryEntry(
                    json.String(entry, path, "id"),
                    json.String(entry, path, "title"),
                    Address(json, entry, path, "email", required: false),
                    json.Boolean(entry, path, "outsidePartnership", false),
                    json.OptionalString(entry, path, "membersOf"),
                    json.OptionalString(entry, path, "source"));
            })
            .ToDictionary(e => e.Id, StringComparer.Ordinal);
    }
}
