using System.Text;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// An entity group transaction of inserts and conditional replaces. The service (but not Azurite) rejects batches that span partitions or
/// exceed 100 operations; we refuse to build such a batch at all, so Azurite-backed tests cannot hide the mistake.
/// </summary>
internal sealed class TableBatch(string table, string partitionKey)
{
    public const int MaxOperations = 100;

    public const int MaxPayloadBytes = 4 * 1024 * 1024;

    private const string CrLf = "\r\n";

    private readonly List<(TableEntity Entity, string? IfMatch)> _operations = [];

    public string Table { get; } = table;

    public string PartitionKey { get; } = partitionKey;

    public int Count => _operations.Count;

    public void AddInsert(TableEntity entity) => Add(entity, null);

    /// <summary>Replaces the row only if it still has <paramref name="etag"/>; otherwise the whole batch fails with 412.</summary>
    public void AddReplace(TableEntity entity, string etag) => Add(entity, etag ?? throw new ArgumentNullException(nameof(etag)));

    private void Add(TableEntity entity, string? ifMatch)
    {
        if (!string.Equals(entity.PartitionKey, PartitionKey, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A table batch must hold a single partition key.");
        }

        if (_operations.Count >= MaxOperations)
        {
            throw new InvalidOperationException($"A table batch holds at most {MaxOperations} operations.");
        }

        if (_operations.Exists(o => string.Equals(o.Entity.RowKey, entity.RowKey, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("A table batch may touch each entity only once.");
        }

        _operations.Add((entity, ifMatch));
    }

    /// <summary>The multipart/mixed body: one batch holding one changeset, CRLF line endings throughout.</summary>
    public (byte[] Body, string ContentType) Build(Uri endpoint)
    {
        if (_operations.Count == 0)
        {
            throw new InvalidOperationException("A table batch needs at least one operation.");
        }

        var batchBoundary = "batch_" + Guid.NewGuid().ToString("N");
        var changesetBoundary = "changeset_" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream();
        Write(body, $"--{batchBoundary}{CrLf}Content-Type: multipart/mixed; boundary={changesetBoundary}{CrLf}{CrLf}");
        foreach (var (entity, ifMatch) in _operations)
        {
            Write(body, $"--{changesetBoundary}{CrLf}Content-Type: application/http{CrLf}Content-Transfer-Encoding: binary{CrLf}{CrLf}");
            if (ifMatch is null)
            {
                Write(body, $"POST {endpoint.AbsoluteUri.TrimEnd('/')}/{Table} HTTP/1.1{CrLf}");
            }
            else
            {
                Write(body, $"PUT {endpoint.AbsoluteUri.TrimEnd('/')}{TableKeys.EntityPath(Table, entity.PartitionKey, entity.RowKey)} HTTP/1.1{CrLf}");
                Write(body, $"If-Match: {ifMatch}{CrLf}");
            }

            Write(body, $"Accept: application/json;odata=minimalmetadata{CrLf}Content-Type: application/json{CrLf}");
            Write(body, $"Prefer: return-no-content{CrLf}DataServiceVersion: 3.0;{CrLf}{CrLf}");
            body.Write(entity.ToJson());
            Write(body, CrLf);
        }

        Write(body, $"--{changesetBoundary}--{CrLf}--{batchBoundary}--{CrLf}");
        return (body.ToArray(), $"multipart/mixed; boundary={batchBoundary}");
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}
