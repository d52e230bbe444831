using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// The actions of one entity group transaction. The service refuses a transaction that spans partitions, holds more
/// than 100 actions, touches an entity twice or carries more than 4 MiB; Azurite accepts mixed partitions
/// (Azurite#1215) and the SDK checks none of it, so we refuse to build such a group and tests against Azurite cannot
/// hide the mistake.
/// </summary>
internal sealed class EntityGroup(string partitionKey)
{
    public const int MaxActions = 100;

    public const int MaxPayloadBytes = 4 * 1024 * 1024;

    // What the SDK wraps around each entity's JSON in the multipart body (boundary, request line, headers), rounded up.
    private const int ActionOverheadBytes = 1024;

    private readonly List<TableTransactionAction> _actions = [];

    public IReadOnlyList<TableTransactionAction> Actions => _actions;

    /// <summary>
    /// Roughly what the request body will weigh: the SDK writes entities as JSON with every non-ASCII character escaped
    /// (six bytes for 'é'), as <see cref="JsonSerializer"/> does by default.
    /// </summary>
    public long EstimatedPayloadBytes { get; private set; }

    /// <summary>What <see cref="EstimatedPayloadBytes"/> would be with <paramref name="entity"/> added.</summary>
    public long EstimatedPayloadBytesWith(TableEntity entity) => EstimatedPayloadBytes + EstimatedBytes(entity);

    public void Add(TableEntity entity) => Add(new TableTransactionAction(TableTransactionActionType.Add, entity), entity);

    /// <summary>Writes the row whatever was there, or merges these columns into it (creating it if there was none).</summary>
    public void Upsert(TableEntity entity, TableUpdateMode mode) =>
        Add(new TableTransactionAction(mode == TableUpdateMode.Replace ? TableTransactionActionType.UpsertReplace : TableTransactionActionType.UpsertMerge, entity), entity);

    /// <summary>Replaces the row only if it still has <paramref name="etag"/>; otherwise the whole group fails with 412.</summary>
    public void Replace(TableEntity entity, ETag etag) => Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, etag), entity);

    private void Add(TableTransactionAction action, TableEntity entity)
    {
        if (!string.Equals(entity.PartitionKey, partitionKey, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("An entity group transaction must hold a single partition key.");
        }

        if (_actions.Count >= MaxActions)
        {
            throw new InvalidOperationException($"An entity group transaction holds at most {MaxActions} actions.");
        }

        if (_actions.Exists(a => string.Equals(a.Entity.RowKey, entity.RowKey, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("An entity group transaction may touch each entity only once.");
        }

        _actions.Add(action);
        EstimatedPayloadBytes += EstimatedBytes(entity);
    }

    private static long EstimatedBytes(TableEntity entity) =>
        ActionOverheadBytes + JsonSerializer.SerializeToUtf8Bytes<IDictionary<string, object>>(entity).Length;
}
