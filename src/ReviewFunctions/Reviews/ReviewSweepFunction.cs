using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Orchestrations;

namespace ReviewFunctions.Reviews;

/// <summary>
/// Every ten minutes, the <see cref="ReviewSweeper"/> over the Durable client: no unfinished review's orchestration
/// stays failed, terminated or missing, and none falls more than <see cref="LateAfter"/> behind its timetable.
/// </summary>
public sealed class ReviewSweepFunction(ReviewService reviews, ReviewEngine engine, NoticeSettings notices, TimeProvider time, ILogger<ReviewSweeper> log)
{
    /// <summary>Longer than a round of activity retries (about 7½ minutes), so a review busy retrying is not woken twice.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(15);

    [Function("SweepReviews")]
    public Task RunAsync([TimerTrigger("0 */10 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client) =>
        new ReviewSweeper(reviews, engine, new DurableClientReviewOrchestrations(client), new DurableReviewScheduler(client), notices, time, log)
            .SweepAsync(LateAfter, CancellationToken.None);
}
