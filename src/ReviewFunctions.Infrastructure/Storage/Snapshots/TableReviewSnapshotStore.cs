using Azure;
using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Snapshots in the <c>ReviewEvents</c> table, one row per review in the review's own partition
/// (<see cref="SnapshotRows"/>): one point read to find it. A write is conditional: an insert when the review had none,
/// otherwise a replace if the row still has the ETag it was read with, so of two writers racing the slower one fails
/// rather than putting back an older state. Every append also writes the row, so a write that succeeds proves no event
/// was appended since the row was read: what it keeps is the head.
/// </summary>
internal sealed class TableReviewSnapshotStore(CreatedOnFirstUse<TableClient> eventsTable) : IReviewSnapshotStore
{
    public async Task<StoredSnapshot?> ReadAsync(string reference, CancellationToken ct)
    {
        TableKeys.Validate(reference, nameof(reference), "review reference");
        var table = await eventsTable.GetAsync(ct).ConfigureAwait(false);
        var row = await table.FindAsync(reference, SnapshotRows.RowKey, ct).ConfigureAwait(false);
        return row is null ? null : SnapshotRows.ToSnapshot(row);
    }

    public async Task<SnapshotWrite> WriteAsync(string reference, long sequence, string data, StoredSnapshot? replacing, CancellationToken ct)
    {
        TableKeys.Validate(reference, nameof(reference), "review reference");
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentNullException.ThrowIfNull(data);
        if (replacing is not null && sequence < replacing.Sequence)
        {
            return SnapshotWrite.Overtaken;
        }

        var row = SnapshotRows.ToHead(reference, sequence, data);
        if (ChunkedText.StoredSize(row) > ChunkedText.MaxEntityBytes)
        {
            return SnapshotWrite.TooLarge;
        }

        var table = await eventsTable.GetAsync(ct).ConfigureAwait(false);
        if (replacing is null)
        {
            return await table.TryAddAsync(row, ct).ConfigureAwait(false) is null ? SnapshotWrite.Overtaken : SnapshotWrite.Written;
        }

        try
        {
            await table.UpdateEntityAsync(row, new ETag(replacing.ETag), TableUpdateMode.Replace, ct).ConfigureAwait(false);
            return SnapshotWrite.Written;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return SnapshotWrite.Overtaken;
        }
    }
}
