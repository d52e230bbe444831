using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>A review as it stands, without its history: the state to decide on and the version to append after.</summary>
public sealed record CurrentReview(ReviewState State, long Version);
