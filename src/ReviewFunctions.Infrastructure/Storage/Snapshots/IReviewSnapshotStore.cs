namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Each review's latest state snapshot, kept beside its events as a cache: reading a review can start from it and read
/// only the events after it. The events stay the only record; a snapshot can be missing, old or unreadable at any time.
/// </summary>
public interface IReviewSnapshotStore
{
    /// <summary>The review's snapshot, or null when it has none.</summary>
    Task<StoredSnapshot?> ReadAsync(string reference, CancellationToken ct);

    /// <summary>
    /// Keeps <paramref name="data"/>, the state after event <paramref name="sequence"/>, as the review's snapshot: only
    /// in place of <paramref name="replacing"/> exactly as it was read (null: only if the review has none), and never in
    /// place of a snapshot of a later event, so a slower writer cannot take the snapshot backwards.
    /// </summary>
    Task<SnapshotWrite> WriteAsync(string reference, long sequence, string data, StoredSnapshot? replacing, CancellationToken ct);
}
