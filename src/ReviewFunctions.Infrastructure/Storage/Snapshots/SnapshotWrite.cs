namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>What became of a snapshot offered to <see cref="IReviewSnapshotStore.WriteAsync"/>.</summary>
public enum SnapshotWrite
{
    /// <summary>It is now the review's snapshot.</summary>
    Written,

    /// <summary>Nothing was written: the row would be over the 1 MiB a table entity may hold.</summary>
    TooLarge,

    /// <summary>Nothing was written: the snapshot changed since it was read, or is of a later event.</summary>
    Overtaken,
}
