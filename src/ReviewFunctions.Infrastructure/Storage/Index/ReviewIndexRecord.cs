namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>An index entry with the ETag to pass back when updating it.</summary>
public sealed record ReviewIndexRecord(ReviewIndexEntry Entry, string ETag);
