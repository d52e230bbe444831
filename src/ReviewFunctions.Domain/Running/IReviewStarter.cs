using ReviewFunctions.Domain.Access;
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
    /// <param name="startedBy">Who sent it in or imported it, for the audit trail; null when intake's own mailbox reader did.</param>
    Task<ReviewStartResult> StartAsync(ReferralReceived referral, Actor? startedBy, CancellationToken cancellationToken);
}

public sealed record ReviewStartResult(bool Started, bool AlreadyStarted, Rejection? Rejection);
