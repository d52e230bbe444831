using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake.Support;

/// <summary>
/// The few Microsoft Graph v1.0 mail endpoints the intake reader uses, served by Kestrel on 127.0.0.1, recording
/// every request exactly as it arrived: the inbox delta (two pages, then a delta link), attachments, mail folders,
/// move, reply (createReply, patching the draft, send) and sendMail. A test can make the next matching requests answer 429 with Retry-After.
/// </summary>
internal sealed class FakeGraph : IAsyncDisposable
{
    public const string Mailbox = "case-reviews@board.example.gov.uk";

    private readonly ConcurrentQueue<GraphRequest> _requests = new();
    private readonly ConcurrentQueue<(string PathContains, string RetryAfter)> _throttle = new();
    private readonly Dictionary<string, JsonObject> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonArray> _attachments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _folders = new(StringComparer.OrdinalIgnoreCase);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private LoopbackServer? _app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<GraphRequest> Requests => [.. _requests];

    /// <summary>Messages the first delta round returns, on two pages, less those moved out of the inbox since.</summary>
    public List<string> FirstPage { get; } = [];

    public List<string> SecondPage { get; } = [];

    /// <summary>Messages the next round (from the first delta link) returns, beside those moved away.</summary>
    public List<string> NextRound { get; } = [];

    /// <summary>Destination folder id of each message moved, by message id.</summary>
    public ConcurrentDictionary<string, string> Moved { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Folders => _folders;

    /// <summary>Reply drafts by id, as last patched; a draft's "send" request is among <see cref="Requests"/>.</summary>
    public ConcurrentDictionary<string, JsonObject> Drafts { get; } = new(StringComparer.Ordinal);

    /// <summary>Messages whose attachments the fake refuses to list (404), as if the message went away mid-poll.</summary>
    public HashSet<string> LostAttachments { get; } = new(StringComparer.Ordinal);

    public static async Task<FakeGraph> StartAsync()
    {
        var graph = new FakeGraph();
        graph._app = await LoopbackServer.StartAsync(graph.HandleAsync);
        graph.BaseUrl = new Uri(graph._app.Address, "/v1.0");
        return graph;
    }

    /// <summary>Adds a message as Graph stores it; file attachments as Graph lists them.</summary>
    public void AddMessage(string id, JsonObject graphMessageJson)
    {
        var message = (JsonObject)graphMessageJson.DeepClone();
        var attachments = message["attachments"] as JsonArray ?? [];
        message.Remove("attachments");
        message["@odata.type"] = "#microsoft.graph.message";
        message["id"] = id;
        message["hasAttachments"] = attachments.Count > 0;
        var listed = new JsonArray();
        var n = 0;
        foreach (var attachment in attachments.Cast<JsonObject>())
        {
            var copy = (JsonObject)attachment.DeepClone();
            copy["id"] = $"{id}-att{++n}";
            listed.Add(copy);
        }

        lock (_gate)
        {
            _messages[id] = message;
            _attachments[id] = listed;
        }
    }

    public void ThrottleNext(string pathContains, string retryAfter = "1") => _throttle.Enqueue((pathContains, retryAfter));

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        // The SDK's compression handler gzips request bodies, as real Graph accepts.
        var content = request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
            ? new System.IO.Compression.GZipStream(request.Body, System.IO.Compression.CompressionMode.Decompress)
            : request.Body;
        var body = await new StreamReader(content).ReadToEndAsync();
        var pathAndQuery = Uri.UnescapeDataString(request.Path + request.QueryString);
        var recorded = new GraphRequest(request.Method, pathAndQuery, request.Headers.Authorization.ToString(), string.Join(", ", request.Headers["Prefer"].ToArray()), body, _clock.Elapsed);
        _requests.Enqueue(recorded);

        if (_throttle.TryPeek(out var throttle) && pathAndQuery.Contains(throttle.PathContains, StringComparison.Ordinal) && _throttle.TryDequeue(out _))
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = throttle.RetryAfter;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = "Application is over its MailboxConcurrency limit." } });
            return;
        }

        var (status, json) = Answer(request.Method, request.Path.Value!, request.Query, body);
        context.Response.StatusCode = status;
        if (json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json.ToJsonString());
        }
    }

    private (int Status, JsonNode? Json) Answer(string method, string path, IQueryCollection query, string body)
    {
        var user = $"/v1.0/users/{Mailbox}";
        if (!path.StartsWith(user, StringComparison.OrdinalIgnoreCase))
        {
            return (404, Error("ErrorInvalidUser", "The requested user is not valid."));
        }

        var rest = path[user.Length..];
        lock (_gate)
        {
            switch (method, rest)
            {
                case ("GET", "/mailFolders/inbox/messages/delta()" or "/mailFolders/inbox/messages/delta"):
                    return (200, Delta(query));
                case ("GET", "/mailFolders"):
                    var name = query["$filter"].ToString().Split('\'')[1];
                    return (200, new JsonObject { ["value"] = _folders.TryGetValue(name, out var fid) ? new JsonArray(Folder(fid, name)) : new JsonArray() });
                case ("POST", "/mailFolders"):
                    var created = Json(body)["displayName"]!.GetValue<string>();
                    var newId = _folders[created] = $"folder-{_folders.Count + 1}";
                    return (201, Folder(newId, created));
                case ("POST", "/sendMail"):
                    return (202, null);
            }

            var parts = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts is ["messages", var lost, "attachments"] && LostAttachments.Contains(lost))
            {
                return (404, Error("ErrorItemNotFound", "The specified object was not found in the store."));
            }

            if (parts is ["messages", var draftId, ..] && Drafts.ContainsKey(draftId))
            {
                return (method, parts[2..]) switch
                {
                    ("PATCH", []) => Patch(draftId, Json(body)),
                    ("POST", ["send"]) => (202, null),
                    _ => (400, Error("BadRequest", "Unsupported request.")),
                };
            }

            if (parts is ["messages", var id, ..] && _messages.ContainsKey(id))
            {
                return (method, parts[2..]) switch
                {
                    ("GET", ["attachments"]) => (200, new JsonObject { ["value"] = _attachments[id].DeepClone() }),
                    ("GET", ["attachments", var aid]) => (200, _attachments[id].Cast<JsonObject>().Single(a => a["id"]!.GetValue<string>() == aid).DeepClone()),
                    ("POST", ["move"]) => Move(id, Json(body)["destinationId"]!.GetValue<string>()),
                    ("POST", ["createReply"]) => CreateReply(id),
                    _ => (400, Error("BadRequest", "Unsupported request.")),
                };
            }

            return (404, Error("ErrorItemNotFound", "The specified object was not found in the store."));
        }
    }

    private JsonObject Delta(IQueryCollection query)
    {
        var link = $"{BaseUrl}/users/{Mailbox}/mailFolders/inbox/messages/delta";
        if (query.ContainsKey("$deltatoken"))
        {
            var removed = Moved.Keys.Select(id => (JsonNode)new JsonObject { ["@odata.type"] = "#microsoft.graph.message", ["id"] = id, ["@removed"] = new JsonObject { ["reason"] = "deleted" } });
            return Page(removed.Concat(NextRound.Select(Message)), "@odata.deltaLink", link + "?$deltatoken=round2");
        }

        return query["$skiptoken"] == "page2"
            ? Page(InInbox(SecondPage), "@odata.deltaLink", link + "?$deltatoken=round1")
            : Page(InInbox(FirstPage), "@odata.nextLink", link + "?$skiptoken=page2");
    }

    private IEnumerable<JsonNode> InInbox(IEnumerable<string> ids) => ids.Where(id => !Moved.ContainsKey(id)).Select(Message);

    private JsonNode Message(string id) => _messages[id].DeepClone();

    /// <summary>As Exchange drafts a reply: "RE:" and the original subject, the original quoted below, to its sender.</summary>
    private (int, JsonNode?) CreateReply(string id)
    {
        var original = _messages[id];
        var draft = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.message",
            ["id"] = $"draft-{Drafts.Count + 1}",
            ["subject"] = "RE: " + original["subject"]?.GetValue<string>(),
            ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "\n\n-----Original Message-----\n" + original["body"]?["content"]?.GetValue<string>() },
            ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = original["from"]?["emailAddress"]?.DeepClone() }),
            ["isDraft"] = true,
        };
        Drafts[draft["id"]!.GetValue<string>()] = draft;
        return (201, draft.DeepClone());
    }

    private (int, JsonNode?) Patch(string id, JsonNode changes)
    {
        var draft = Drafts[id];
        foreach (var (name, value) in changes.AsObject())
        {
            draft[char.ToLowerInvariant(name[0]) + name[1..]] = value?.DeepClone();
        }

        return (200, draft.DeepClone());
    }

    private (int, JsonNode?) Move(string id, string destination)
    {
        Moved[id] = destination;
        var moved = (JsonObject)_messages[id].DeepClone();
        moved["parentFolderId"] = destination;
        return (201, moved);
    }

    private static JsonObject Page(IEnumerable<JsonNode> messages, string linkName, string link) => new()
    {
        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#Collection(message)",
        ["value"] = new JsonArray(messages.ToArray()),
        [linkName] = link,
    };

    /// <summary>Graph reads action parameters without regard to case, and the SDK writes "DestinationId", "Comment", ...</summary>
    public static JsonNode Json(string body) => JsonNode.Parse(body, new JsonNodeOptions { PropertyNameCaseInsensitive = true })!;

    private static JsonObject Folder(string id, string name) => new() { ["id"] = id, ["displayName"] = name };

    private static JsonObject Error(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}

/// <summary>One request as the fake received it; <see cref="At"/> is time since the fake started.</summary>
internal sealed record GraphRequest(string Method, string PathAndQuery, string Authorization, string Prefer, string Body, TimeSpan At);
