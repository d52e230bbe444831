namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Special values for <see cref="IReviewIndex.UpsertAsync"/>'s expected ETag.</summary>
public static class ReviewIndexETag
{
    /// <summary>Overwrite unconditionally.</summary>
    public const string Any = "*";
}
