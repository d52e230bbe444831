using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Running;

/// <summary>Starts a review from an accepted referral: records it as the review's first event and starts its process.</summary>
public interface IReviewStarter
{
    /// <summary>
    /// Returns the rejection when the referral cannot start a review (unknown kind, wrong nation), and
    /// <see cref="ReviewStartResult.AlreadyStarted"/> when the reference already has a review, which is not an error:
    /// intake retries must not start a second one.
    /// </summary>
    Task<ReviewStartResult> StartAsync(ReferralReceived referral, CancellationToken cancellationToken);
}

public sealed record ReviewStartResult(bool Started, bool AlreadyStarted, Rejection? Rejection);
