using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// A review's snapshot as one row of its event partition: <c>Sequence</c> (the last event folded in) and the JSON in
/// <see cref="ChunkedText"/> columns. Its RowKey starts with '-', which sorts before every digit, so it can never be
/// taken for an event's sequence, and even a reader that only bounds events from below (<c>RowKey gt '0000000000'</c>,
/// as this store read before snapshots existed) never meets it.
/// </summary>
internal static class SnapshotRows
{
    public const string RowKey = "-snapshot";

    public static TableEntity ToEntity(string reference, long sequence, string data)
    {
        var entity = new TableEntity(reference, RowKey) { ["Sequence"] = sequence };
        ChunkedText.Write(entity, data);
        return entity;
    }

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

        return new StoredSnapshot(entity.GetInt64("Sequence") ?? 0, data, entity.ETag.ToString());
    }
}
