namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>One row per review, for listing and finding what is due, kept in step with the review's events.</summary>
public interface IReviewIndex
{
    /// <summary>
    /// Writes the entry and returns its new ETag. <paramref name="expectedETag"/>: null = the entry must not exist yet;
    /// <see cref="ReviewIndexETag.Any"/> = overwrite whatever is there; otherwise the ETag from the last read.
    /// </summary>
    /// <exception cref="ReviewIndexConflictException">The condition did not hold; nothing was written.</exception>
    Task<string> UpsertAsync(ReviewIndexEntry entry, string? expectedETag, CancellationToken ct);

    /// <summary>The review's entry, or null if the index has none.</summary>
    Task<ReviewIndexRecord?> GetAsync(string reference, CancellationToken ct);

    /// <summary>Up to <paramref name="pageSize"/> (1-1000) entries in reference order; a page may hold fewer even when more follow.</summary>
    Task<ReviewIndexPage> ListAsync(ReviewIndexQuery query, int pageSize, string? continuation, CancellationToken ct);
}
