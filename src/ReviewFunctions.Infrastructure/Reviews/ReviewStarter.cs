using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>Records an accepted referral as a new review and makes sure the review's loop runs.</summary>
public sealed class ReviewStarter(ReviewService reviews, IReviewScheduler scheduler) : IReviewStarter
{
    public async Task<ReviewStartResult> StartAsync(ReferralReceived referral, Actor? startedBy, CancellationToken cancellationToken)
    {
        var result = await reviews.StartAsync(referral, cancellationToken, startedBy);
        if (result.Rejection is null)
        {
            // Also when it already existed: a delivery that crashed after recording the referral never started its loop.
            await scheduler.EnsureRunningAsync(referral.Reference, cancellationToken);
        }

        return result;
    }
}
