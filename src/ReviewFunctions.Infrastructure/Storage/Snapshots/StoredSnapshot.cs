namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// A review's snapshot as stored: the sequence of the last event folded into it, its text (null when part of the row is
/// missing) and the row's ETag, which a new snapshot must match to replace it.
/// </summary>
public sealed record StoredSnapshot(long Sequence, string? Data, string ETag);
