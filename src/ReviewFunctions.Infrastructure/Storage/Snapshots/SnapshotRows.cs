using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// A review's snapshot as one row of its event partition: <c>Sequence</c> (the last event folded in), the JSON in
/// <see cref="ChunkedText"/> columns, and <c>Head</c>: true when no event has been appended since. Every append writes
/// this row in its own transaction, either the state after it (<see cref="ToHead"/>) or <c>Head</c> false
/// (<see cref="Behind"/>), so a row that says it is the head is, and a reader needs no query for events after it. Its RowKey starts with '-', which sorts before every digit, so it can never be
/// taken for an event's sequence, and even a reader that only bounds events from below (<c>RowKey gt '0000000000'</c>,
/// as this store read before snapshots existed) never meets it.
/// </summary>
internal static class SnapshotRows
{
    public const string RowKey = "-snapshot";

    /// <summary>The state after event <paramref name="sequence"/>, the last of the stream.</summary>
    public static TableEntity ToHead(string reference, long sequence, string data)
    {
        var entity = new TableEntity(reference, RowKey) { ["Sequence"] = sequence, ["Head"] = true };
        ChunkedText.Write(entity, data);
        return entity;
    }

    /// <summary>Merged into the row by an append that carries no state: whatever the row holds is now behind the stream.</summary>
    public static TableEntity Behind(string reference) => new(reference, RowKey) { ["Head"] = false };

    public static StoredSnapshot ToSnapshot(TableEntity entity)
    {
        string? data;
        try
        {
            data = ChunkedText.Read(entity);
        }
        catch (InvalidDataException)
        {
            // A damaged snapshot is one the reader cannot use; returned all the same so a fresh one can replace it.
            data = null;
        }

        return new StoredSnapshot(entity.GetInt64("Sequence") ?? 0, data, entity.ETag.ToString(), entity.GetBoolean("Head") ?? false);
    }
}
