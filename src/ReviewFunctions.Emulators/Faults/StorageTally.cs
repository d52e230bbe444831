using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace ReviewFunctions.Emulators.Faults;

/// <summary>
/// Counts the requests a <see cref="FaultProxy"/> passes to storage by what each one is (a table query, a batch, a queue
/// message taken…) and which table, queue or container it touches, with the time storage took to answer. Azure bills
/// storage per request, so these counts are the transactions a workload would be billed for.
/// </summary>
/// <param name="services">What each of the proxy's endpoints is, in the order the proxy was given them.</param>
public sealed class StorageTally(IReadOnlyList<StorageService> services)
{
    private readonly ConcurrentDictionary<StorageOperation, Tallied> counts = new();

    /// <param name="service">The index of the proxy endpoint the request came in on.</param>
    public void Add(int service, HttpRequest request, TimeSpan took)
    {
        var operation = StorageOperation.Of(services[service], request.Method, request.Path.Value ?? string.Empty, request.Query);
        var tallied = counts.GetOrAdd(operation, _ => new Tallied());
        Interlocked.Increment(ref tallied.Count);
        Interlocked.Add(ref tallied.Ticks, took.Ticks);
    }

    /// <summary>The counts so far, largest first.</summary>
    public IReadOnlyList<StorageCount> Counts() =>
        [.. counts.Select(c => new StorageCount(c.Key, Interlocked.Read(ref c.Value.Count), TimeSpan.FromTicks(Interlocked.Read(ref c.Value.Ticks))))
            .OrderByDescending(c => c.Requests)];

    private sealed class Tallied
    {
        public long Count;
        public long Ticks;
    }
}

public enum StorageService
{
    Blob,
    Table,
    Queue,
}

/// <param name="Kind">What the request does: <c>query</c>, <c>read</c> (one row), <c>batch</c>, <c>insert</c>, <c>get messages</c>…</param>
/// <param name="Resource">The table, queue or container, with a task hub's or test's own prefix kept, so each is told apart.</param>
public sealed record StorageOperation(StorageService Service, string Kind, string Resource)
{
    public static StorageOperation Of(StorageService service, string method, string path, IQueryCollection query)
    {
        // Path-style addressing, as Azurite and the proxy use: /{account}/{resource}[/...]
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = parts.Length > 1 ? parts[1] : "(account)";
        return service switch
        {
            StorageService.Table => TableOperation(method, resource, parts),
            StorageService.Queue => new(service, QueueKind(method, parts, query), resource),
            _ => new(service, BlobKind(method, parts, query), resource),
        };
    }

    private static StorageOperation TableOperation(string method, string resource, string[] parts)
    {
        var open = resource.IndexOf('(', StringComparison.Ordinal);
        var table = open < 0 ? resource : resource[..open];
        var keyed = open >= 0 && resource.Contains("RowKey", StringComparison.Ordinal);
        var kind = (method, table) switch
        {
            (_, "$batch") => "batch",
            (_, "Tables") => "table admin",
            ("GET", _) => keyed ? "read" : "query",
            ("POST", _) => "insert",
            ("PUT", _) => "update",
            ("MERGE" or "PATCH", _) => "merge",
            ("DELETE", _) => "delete",
            _ => method.ToLowerInvariant(),
        };
        return new(StorageService.Table, kind, table);
    }

    private static string QueueKind(string method, string[] parts, IQueryCollection query)
    {
        var messages = parts.Length > 2 && parts[2] == "messages";
        return (method, messages) switch
        {
            ("GET", true) => query.ContainsKey("peekonly") ? "peek messages" : "get messages",
            ("POST", true) => "put message",
            ("DELETE", true) => "delete message",
            ("PUT", true) => "update message",
            _ => "queue admin",
        };
    }

    private static string BlobKind(string method, string[] parts, IQueryCollection query)
    {
        var comp = query["comp"].ToString();
        return (method, comp, parts.Length > 2) switch
        {
            (_, "lease", _) => "lease",
            ("GET", "list", _) => "list",
            ("GET", _, true) => "read",
            ("HEAD", _, true) => "properties",
            ("PUT", _, true) => "write",
            ("DELETE", _, true) => "delete",
            _ => "container admin",
        };
    }
}

public sealed record StorageCount(StorageOperation Operation, long Requests, TimeSpan StorageTime);
