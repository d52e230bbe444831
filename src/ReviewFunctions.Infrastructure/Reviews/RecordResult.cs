using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>What happened to a person's event: recorded, refused or forbidden with the reason, or the review does not exist.</summary>
public sealed record RecordResult(RecordStatus Status, ReviewEvent? Recorded, Rejection? Rejection, long Version)
{
    public static RecordResult NotFound { get; } = new(RecordStatus.NotFound, null, null, 0);
}

public enum RecordStatus
{
    Recorded,
    Rejected,
    NotFound,

    /// <summary>The caller may not record this on this review; <see cref="RecordResult.Rejection"/> says what they lack.</summary>
    Forbidden,
}
