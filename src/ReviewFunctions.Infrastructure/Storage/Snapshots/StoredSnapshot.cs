namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// A review's snapshot as stored: the sequence of the last event folded into it, its text (null when part of the row is
/// missing or it was never written), the row's ETag, which a new snapshot must match to replace it, and whether it is
/// the stream's head (no event appended after it).
/// </summary>
public sealed record StoredSnapshot(long Sequence, string? Data, string ETag, bool Head = false);
