using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

/// <summary>
/// Microsoft Graph v1.0 (the driveItem calls the case-file adapter makes) and SharePoint REST's breakroleinheritance,
/// on Kestrel at 127.0.0.1. Answers with Graph's response and error shapes, keeps a small library in memory, records
/// every request, and can be told to throttle.
/// </summary>
internal sealed partial class FakeGraph : IAsyncDisposable
{
    public const string SiteId = "contoso.sharepoint.com,5a58bb09-1fba-41c1-8125-69da264370a0,9f2ec1da-0be4-4a74-9254-973f0add78fd";
    public const string DriveId = "b!CbtYWrofwUGBJWnaJkNwoNrBLp_kC3RKklSXPwrdeP3bgq8TyoB3SbxZJyGovxx4";
    public const string Library = "Case reviews";
    public const string Label = "Case review record";
    public const string ApplicationId = "3f7c9b52-8e1d-4a6b-9c0e-2d5f8a1b7e64";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public static readonly Guid ListId = Guid.Parse("13af82db-80ca-4977-bc59-2721a8bf1c78");

    private readonly ConcurrentQueue<SeenRequest> requests = new();
    private readonly List<(Func<SeenRequest, bool> Match, int Status, string? RetryAfter, int Times)> faults = [];
    private readonly Dictionary<string, FakeItem> items = [];
    private readonly object sync = new();
    private int nextListItem = 2;
    private LoopbackServer? app;

    private FakeGraph()
    {
        items["root"] = new FakeItem(RootId, "root", null, isFolder: true, listItemId: 1);
    }

    public Uri Address { get; private set; } = null!;

    public Uri GraphBase => new(Address, "/v1.0");

    public Uri SiteUrl => new(Address, "/sites/cases");

    /// <summary>Addresses that are users of the tenant; invites to anyone else fail as Graph fails them.</summary>
    public HashSet<string> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Record labels lock a file when applied; set false for a label that leaves that to an explicit lock.</summary>
    public bool LabelLocksOnApply { get; set; } = true;

    /// <summary>Answers DELETE of a permission with 204 but keeps it, as a change lost between two replicas would.</summary>
    public bool SwallowRevokes { get; set; }

    public IReadOnlyList<SeenRequest> Requests => [.. requests];

    /// <summary>The clock each request is stamped with on arrival, so a test can see how long the client waited.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    private static string RootId => "01LIBRARYROOTAAAAAAAAAAAAAAAAAAAA";

    public static async Task<FakeGraph> StartAsync()
    {
        var fake = new FakeGraph();
        fake.app = await LoopbackServer.StartAsync(fake.HandleAsync);
        fake.Address = fake.app.Address;
        return fake;
    }

    /// <summary>Answers the next <paramref name="times"/> matching requests with a throttling or outage status instead.</summary>
    public void Fail(Func<SeenRequest, bool> match, int status, string? retryAfter, int times = 1)
    {
        lock (sync)
        {
            faults.Add((match, status, retryAfter, times));
        }
    }

    public FakeItem? Folder(string name)
    {
        lock (sync)
        {
            return items.Values.SingleOrDefault(i => i.ParentId == RootId && i.Name == name);
        }
    }

    public FakeItem? File(string folder, string name)
    {
        lock (sync)
        {
            var parent = Folder(folder);
            return parent is null ? null : items.Values.SingleOrDefault(i => i.ParentId == parent.Id && i.Name == name);
        }
    }

    /// <summary>A folder made earlier (by another run, or by a person), still inheriting the library's permissions.</summary>
    public FakeItem AddFolder(string name)
    {
        lock (sync)
        {
            return Add(name, RootId, isFolder: true);
        }
    }

    public static FakePermission UserGrant(string email, string role = "read") =>
        new(Convert.ToBase64String(Encoding.UTF8.GetBytes("i:0#.f|membership|" + email)).TrimEnd('='), "user", email.ToLowerInvariant(), role);

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private static JsonObject Error(string code, string message) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject
            {
                ["date"] = "2027-02-08T10:00:00",
                ["request-id"] = "b4f5ac0c-4c3b-4a2b-8f0e-3b1d1c9a8e77",
                ["client-request-id"] = "0f0e6bd8-1f38-4a5c-9f2b-8b4a3f7c6d21",
            },
        },
    };

    private static async Task Reply(HttpContext context, int status, JsonNode? body = null)
    {
        context.Response.StatusCode = status;
        if (body is not null)
        {
            context.Response.ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";
            await context.Response.WriteAsync(body.ToJsonString());
        }
    }

    private FakeItem Add(string name, string parentId, bool isFolder)
    {
        var id = "01" + Guid.NewGuid().ToString("N").ToUpperInvariant()[..30];
        var item = new FakeItem(id, name, parentId, isFolder, nextListItem++);
        items[id] = item;
        return item;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var raw = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var queryStart = raw.IndexOf('?', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(queryStart < 0 ? raw : raw[..queryStart]);
        var query = queryStart < 0 ? "" : Uri.UnescapeDataString(raw[queryStart..]);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var seen = new SeenRequest(context.Request.Method, path, query, Encoding.UTF8.GetString(buffer.ToArray()), context.Request.Headers.Authorization.FirstOrDefault())
        {
            Bytes = buffer.ToArray(),
            At = Clock.GetUtcNow(),
        };
        requests.Enqueue(seen);

        (int Status, string? RetryAfter)? fault = null;
        lock (sync)
        {
            var index = faults.FindIndex(f => f.Times > 0 && f.Match(seen));
            if (index >= 0)
            {
                var f = faults[index];
                faults[index] = f with { Times = f.Times - 1 };
                fault = (f.Status, f.RetryAfter);
            }
        }

        if (fault is { } failure)
        {
            if (failure.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            await Reply(context, failure.Status, failure.Status == 429
                ? Error("activityLimitReached", "The request has been throttled")
                : Error("serviceNotAvailable", "The service is temporarily unavailable."));
            return;
        }

        JsonNode? reply;
        int status;
        lock (sync)
        {
            (status, reply) = Route(seen);
        }

        if (status == 302)
        {
            context.Response.Headers.Location = reply!.GetValue<string>();
            await Reply(context, 302);
        }
        else if (status == 200 && path.StartsWith("/download/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(Convert.FromBase64String(reply!.GetValue<string>()));
        }
        else
        {
            await Reply(context, status, reply);
        }
    }

    private (int, JsonNode?) Route(SeenRequest r)
    {
        Match m;
        if (r.Path.StartsWith("/download/", StringComparison.Ordinal))
        {
            return items.TryGetValue(r.Path["/download/".Length..], out var file) ? (200, JsonValue.Create(Convert.ToBase64String(file.Content))) : (404, null);
        }

        if ((m = BreakInheritance().Match(r.Path)).Success && r.Method == "POST")
        {
            return Break(Guid.Parse(m.Groups["list"].Value), int.Parse(m.Groups["item"].Value, CultureInfo.InvariantCulture));
        }

        if (!r.Path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            return (404, Error("itemNotFound", "The resource could not be found."));
        }

        var graphPath = r.Path["/v1.0".Length..];
        if (graphPath == $"/sites/{SiteId}/drives" && r.Method == "GET")
        {
            return (200, new JsonObject
            {
                ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#drives(id,name)",
                ["value"] = new JsonArray(
                    new JsonObject { ["id"] = "b!CbtYWrofwUGBJWnaJkNwoNrBLp_kC3RKklSXPwrdeP2ZWMTRPpBfRJmCb9hQ0lb6", ["name"] = "Documents" },
                    new JsonObject { ["id"] = DriveId, ["name"] = Library }),
            });
        }

        if (!graphPath.StartsWith($"/drives/{DriveId}/items/", StringComparison.Ordinal))
        {
            return (404, Error("itemNotFound", "The resource could not be found."));
        }

        var rest = graphPath[$"/drives/{DriveId}/items/".Length..];
        return (r.Method, rest) switch
        {
            ("POST", "root/children") => CreateFolder(r),
            ("PUT", _) when (m = ByPath().Match(rest)).Success && m.Groups["tail"].Value == "/content" => Upload(m.Groups["parent"].Value, m.Groups["name"].Value, r),
            ("GET", _) when (m = ByPath().Match(rest)).Success && m.Groups["tail"].Value.Length == 0 => Find(m.Groups["parent"].Value, m.Groups["name"].Value),
            _ => ItemRoute(r, rest),
        };
    }

    private (int, JsonNode?) ItemRoute(SeenRequest r, string rest)
    {
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var id = slash < 0 ? rest : rest[..slash];
        var tail = slash < 0 ? "" : rest[slash..];
        if (!items.TryGetValue(id, out var item))
        {
            return (404, Error("itemNotFound", "The resource could not be found."));
        }

        return (r.Method, tail) switch
        {
            ("GET", "") => (200, Item(item, r.Query.Contains("sharepointIds", StringComparison.Ordinal))),
            ("GET", "/children") => (200, new JsonObject
            {
                ["value"] = new JsonArray([.. items.Values.Where(i => i.ParentId == item.Id).OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => (JsonNode)Item(i, false))]),
            }),
            ("GET", "/content") => (302, JsonValue.Create(new Uri(Address, "/download/" + item.Id + "?tempauth=v1.eyJhdWQiOiJ0ZXN0In0").AbsoluteUri)),
            ("GET", "/permissions") => (200, new JsonObject { ["value"] = new JsonArray([.. Permissions(item)]) }),
            ("POST", "/invite") => Invite(item, r),
            ("DELETE", _) when tail.StartsWith("/permissions/", StringComparison.Ordinal) => Revoke(item, tail["/permissions/".Length..]),
            ("GET", "/retentionLabel") => item.Label is null ? (404, Error("itemNotFound", "Retention label not found.")) : (200, RetentionLabel(item)),
            ("PATCH", "/retentionLabel") => Relabel(item, r),
            _ => (400, Error("invalidRequest", "Invalid request")),
        };
    }

    private (int, JsonNode?) CreateFolder(SeenRequest r)
    {
        var body = JsonNode.Parse(r.Body)!;
        var name = body["name"]!.GetValue<string>();
        if (items.Values.Any(i => i.ParentId == RootId && i.Name == name))
        {
            return (409, Error("nameAlreadyExists", "The specified item name already exists. "));
        }

        return (201, Item(Add(name, RootId, isFolder: true), false));
    }

    private (int, JsonNode?) Find(string parentId, string name)
    {
        var parent = parentId == "root" ? RootId : parentId;
        var item = items.Values.SingleOrDefault(i => i.ParentId == parent && i.Name == name);
        return item is null ? (404, Error("itemNotFound", "The resource could not be found.")) : (200, Item(item, false));
    }

    private (int, JsonNode?) Upload(string parentId, string name, SeenRequest r)
    {
        if (!items.TryGetValue(parentId, out var parent))
        {
            return (404, Error("itemNotFound", "The resource could not be found."));
        }

        var existing = items.Values.SingleOrDefault(i => i.ParentId == parent.Id && i.Name == name);
        if (existing is not null)
        {
            return r.Query.Contains("conflictBehavior=fail", StringComparison.Ordinal)
                ? (409, Error("nameAlreadyExists", "The specified item name already exists. "))
                : (423, Error("resourceLocked", "The resource you are attempting to access is locked"));
        }

        var file = Add(name, parent.Id, isFolder: false);
        file.Content = r.Bytes;
        return (201, Item(file, false));
    }

    private (int, JsonNode?) Invite(FakeItem item, SeenRequest r)
    {
        var body = JsonNode.Parse(r.Body)!;
        var email = body["recipients"]![0]!["email"]!.GetValue<string>();
        if (!Users.Contains(email))
        {
            return (400, Error("invalidRequest", "Invalid request"));
        }

        if (item.Inherits)
        {
            // SharePoint gives the item unique permissions and copies the library's grants onto it.
            item.Inherits = false;
            item.Permissions.AddRange(LibraryGrants().Select(g => g with { Id = g.Id + "-copy" }));
        }

        var grant = UserGrant(email, body["roles"]![0]!.GetValue<string>());
        item.Permissions.RemoveAll(p => p.Id == grant.Id);
        item.Permissions.Add(grant);
        return (200, new JsonObject { ["value"] = new JsonArray(Permission(grant, inherited: false)) });
    }

    private (int, JsonNode?) Revoke(FakeItem item, string permissionId)
    {
        if (item.Inherits)
        {
            return (403, Error("accessDenied", "Only sharing permissions that are not inherited can be deleted."));
        }

        if (SwallowRevokes)
        {
            return (204, null);
        }

        return item.Permissions.RemoveAll(p => p.Id == permissionId) > 0 ? (204, null) : (404, Error("itemNotFound", "The resource could not be found."));
    }

    private (int, JsonNode?) Relabel(FakeItem item, SeenRequest r)
    {
        var body = JsonNode.Parse(r.Body)!.AsObject();
        var first = item.Label is null;
        if (body["name"] is JsonValue name)
        {
            item.Label = name.GetValue<string>();
            item.Locked = LabelLocksOnApply;
        }

        if (body["retentionSettings"]?["isRecordLocked"] is JsonValue locked)
        {
            if (item.Label is null)
            {
                return (400, Error("invalidRequest", "The item has no retention label."));
            }

            item.Locked = locked.GetValue<bool>();
        }

        return (first && item.Label is not null ? 201 : 200, RetentionLabel(item));
    }

    private (int, JsonNode?) Break(Guid listId, int listItemId)
    {
        var item = items.Values.SingleOrDefault(i => i.ListItemId == listItemId);
        if (listId != ListId || item is null)
        {
            return (404, new JsonObject { ["odata.error"] = new JsonObject { ["code"] = "-2147024809, System.ArgumentException", ["message"] = new JsonObject { ["lang"] = "en-US", ["value"] = "Item does not exist." } } });
        }

        // copyRoleAssignments=false: only the caller (here the app's own principal) keeps a grant.
        item.Inherits = false;
        item.Permissions.Clear();
        item.Permissions.Add(new FakePermission("aTowaS50fG1zLnNwLmV4dHw", "app", null, "owner"));

        // clearSubscopes=true: items below follow the folder again.
        foreach (var child in items.Values.Where(i => i.ParentId == item.Id))
        {
            child.Inherits = true;
            child.Permissions.Clear();
        }

        return (200, new JsonObject { ["odata.null"] = true });
    }

    private static IEnumerable<FakePermission> LibraryGrants() =>
    [
        new("c2l0ZU93bmVycw", "siteGroup", null, "owner"),
        new("c2l0ZU1lbWJlcnM", "siteGroup", null, "write"),
    ];

    private IEnumerable<JsonNode> Permissions(FakeItem item) =>
        (item.Inherits ? LibraryGrants().Select(g => Permission(g, inherited: true)) : []).Concat(item.Permissions.Select(p => Permission(p, inherited: false)));

    private static JsonObject Permission(FakePermission p, bool inherited)
    {
        var json = new JsonObject { ["id"] = p.Id, ["roles"] = new JsonArray(p.Role) };
        switch (p.Kind)
        {
            case "user":
                var user = new JsonObject { ["@odata.type"] = "#microsoft.graph.sharePointIdentity", ["displayName"] = p.Email, ["email"] = p.Email, ["id"] = Guid.NewGuid().ToString() };
                json["grantedTo"] = new JsonObject { ["user"] = new JsonObject { ["displayName"] = p.Email, ["email"] = p.Email, ["id"] = user["id"]!.GetValue<string>() } };
                json["grantedToV2"] = new JsonObject
                {
                    ["user"] = user,
                    ["siteUser"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.sharePointIdentity", ["displayName"] = p.Email, ["email"] = p.Email, ["id"] = "14", ["loginName"] = "i:0#.f|membership|" + p.Email },
                };
                break;
            case "app":
                json["grantedToV2"] = new JsonObject
                {
                    ["siteUser"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.sharePointIdentity", ["displayName"] = "SharePoint App", ["id"] = "9", ["loginName"] = $"i:0i.t|ms.sp.ext|{ApplicationId}@{TenantId}" },
                };
                break;
            default:
                json["grantedToV2"] = new JsonObject
                {
                    ["siteGroup"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.sharePointIdentity", ["displayName"] = Library + (p.Role == "owner" ? " Owners" : " Members"), ["id"] = p.Role == "owner" ? "3" : "5", ["loginName"] = Library + (p.Role == "owner" ? " Owners" : " Members") },
                };
                break;
        }

        if (inherited)
        {
            json["inheritedFrom"] = new JsonObject { ["driveId"] = DriveId, ["driveType"] = "documentLibrary", ["id"] = RootId, ["path"] = $"/drives/{DriveId}/root:" };
        }

        return json;
    }

    private JsonObject Item(FakeItem item, bool withSharePointIds)
    {
        var json = new JsonObject
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#drives('{DriveId}')/items/$entity",
            ["id"] = item.Id,
            ["name"] = item.Name,
            ["createdDateTime"] = "2027-02-08T10:00:00Z",
            ["lastModifiedDateTime"] = "2027-02-08T10:00:00Z",
            ["webUrl"] = new Uri(SiteUrl, $"/sites/cases/{Uri.EscapeDataString(Library)}/{item.Name}").AbsoluteUri,
            ["size"] = item.Content.Length,
            ["parentReference"] = new JsonObject { ["driveType"] = "documentLibrary", ["driveId"] = DriveId, ["id"] = item.ParentId ?? RootId },
        };
        json[item.IsFolder ? "folder" : "file"] = item.IsFolder
            ? new JsonObject { ["childCount"] = items.Values.Count(i => i.ParentId == item.Id) }
            : new JsonObject { ["mimeType"] = "application/octet-stream", ["hashes"] = new JsonObject { ["quickXorHash"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAA=" } };
        if (withSharePointIds)
        {
            json["sharepointIds"] = new JsonObject
            {
                ["listId"] = ListId.ToString(),
                ["listItemId"] = item.ListItemId.ToString(CultureInfo.InvariantCulture),
                ["listItemUniqueId"] = Guid.NewGuid().ToString(),
                ["siteId"] = "5a58bb09-1fba-41c1-8125-69da264370a0",
                ["siteUrl"] = SiteUrl.AbsoluteUri,
                ["tenantId"] = TenantId,
                ["webId"] = "9f2ec1da-0be4-4a74-9254-973f0add78fd",
            };
        }

        return json;
    }

    private static JsonObject RetentionLabel(FakeItem item) => new()
    {
        ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#drives('{DriveId}')/items('{item.Id}')/retentionLabel/$entity",
        ["name"] = item.Label,
        ["isLabelAppliedExplicitly"] = true,
        ["labelAppliedDateTime"] = "2027-02-08T10:00:00Z",
        ["labelAppliedBy"] = new JsonObject { ["application"] = new JsonObject { ["id"] = ApplicationId, ["displayName"] = "ReviewFunctions" } },
        ["retentionSettings"] = new JsonObject
        {
            ["behaviorDuringRetentionPeriod"] = "retainAsRecord",
            ["isDeleteAllowed"] = false,
            ["isRecordLocked"] = item.Locked,
            ["isMetadataUpdateAllowed"] = !item.Locked,
            ["isContentUpdateAllowed"] = !item.Locked,
            ["isLabelUpdateAllowed"] = !item.Locked,
        },
    };

    [GeneratedRegex(@"^/sites/cases/_api/web/lists\(guid'(?<list>[0-9a-f-]{36})'\)/items\((?<item>[0-9]+)\)/breakroleinheritance\(copyRoleAssignments=false,clearSubscopes=true\)$")]
    private static partial Regex BreakInheritance();

    [GeneratedRegex(@"^(?<parent>[^/:]+):/(?<name>[^:]+):(?<tail>/content)?$")]
    private static partial Regex ByPath();
}
