using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>Records an accepted referral as a new review and makes sure the review's loop runs.</summary>
public sealed class ReviewStarter(ReviewService reviews, IReviewScheduler scheduler) : IReviewStarter
{
    public Task<ReviewStartResult> StartAsync(ReferralReceived referral, CancellationToken cancellationToken) =>
        StartAsync(referral, null, cancellationToken);

    /// <param name="actor">Who started it by hand; null when intake did.</param>
    public async Task<ReviewStartResult> StartAsync(ReferralReceived referral, Actor? actor, CancellationToken cancellationToken)
    {
        var result = await reviews.StartAsync(referral, cancellationToken, actor);
        if (result.Rejection is null)
        {
            // Also when it already existed: a delivery that crashed after recording the referral never started its loop.
            await scheduler.EnsureRunningAsync(referral.Reference, cancellationToken);
        }

        return result;
    }
}
