using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Access;

namespace ReviewFunctions.Infrastructure.Access;

/// <summary>
/// The signed-in principal App Service Authentication passes to the app in <c>X-MS-CLIENT-PRINCIPAL</c>: base64 JSON
/// with <c>auth_typ</c>, <c>claims</c> (<c>typ</c>/<c>val</c>), <c>name_typ</c> and <c>role_typ</c>. The platform sets
/// it after validating the sign-in and strips any copy a client sends, which is why the app may trust it in Azure.
/// </summary>
public static class ClientPrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>Far larger than a principal with every role; a bigger header is refused before it is decoded.</summary>
    public const int MaxHeaderLength = 16 * 1024;

    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private const string DefaultNameClaim = "name";
    private const string DefaultRoleClaim = "roles";

    /// <summary>Where the person's e-mail is, in the order Entra ID's tokens are most likely to carry it.</summary>
    private static readonly string[] EmailClaims =
    [
        "preferred_username",
        "email",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "upn",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
    ];

    /// <summary>The caller the header names, or why it cannot be read (never echoing the header back).</summary>
    public static (Caller? Caller, string? Problem) Read(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return (null, null);
        }

        if (header.Length > MaxHeaderLength)
        {
            return (null, $"The {Header} header is longer than {MaxHeaderLength / 1024} KB.");
        }

        JsonObject? principal;
        try
        {
            principal = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header.Trim()))) as JsonObject;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return (null, $"The {Header} header is not base64-encoded JSON.");
        }

        var claims = (principal?["claims"] as JsonArray)?
            .OfType<JsonObject>()
            .Select(c => (Type: Text(c["typ"]), Value: Text(c["val"])))
            .Where(c => c.Type is not null && !string.IsNullOrWhiteSpace(c.Value))
            .Select(c => (Type: c.Type!, Value: c.Value!.Trim()))
            .ToList();
        if (claims is null)
        {
            return (null, $"The {Header} header has no claims.");
        }

        var nameType = Text(principal!["name_typ"]) ?? DefaultNameClaim;
        var roleType = Text(principal["role_typ"]) ?? DefaultRoleClaim;
        string? First(params string[] types) => types.Select(t => claims.FirstOrDefault(c => c.Type == t).Value).FirstOrDefault(v => v is not null);

        var objectId = First(ObjectIdClaim, "oid", "azp", "appid");
        if (objectId is null)
        {
            return (null, $"The {Header} header names nobody: it has no object id.");
        }

        var email = First(EmailClaims);
        var name = First(nameType, DefaultNameClaim) ?? email ?? objectId;
        var roles = claims.Where(c => c.Type == roleType || c.Type == DefaultRoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return (new Caller(objectId, name, email, roles), null);
    }

    /// <summary>The header as the platform would send it for <paramref name="caller"/>: for the local host and its tests.</summary>
    public static string Encode(Caller caller)
    {
        var claims = new JsonArray
        {
            Claim(ObjectIdClaim, caller.ObjectId),
            Claim(DefaultNameClaim, caller.Name),
        };
        if (caller.Email is not null)
        {
            claims.Add(Claim("preferred_username", caller.Email));
        }

        foreach (var role in caller.Roles.Order(StringComparer.Ordinal))
        {
            claims.Add(Claim(DefaultRoleClaim, role));
        }

        var principal = new JsonObject
        {
            ["auth_typ"] = "aad",
            ["claims"] = claims,
            ["name_typ"] = DefaultNameClaim,
            ["role_typ"] = DefaultRoleClaim,
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(principal.ToJsonString()));
    }

    private static JsonObject Claim(string type, string value) => new() { ["typ"] = type, ["val"] = value };

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
