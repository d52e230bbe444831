using Microsoft.Azure.Functions.Worker;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Reviews;

/// <summary>The review loop's I/O, as Durable activities. Each is safe to run more than once.</summary>
public sealed class ReviewActivities(ReviewService reviews, ReviewCommandDispatcher commands)
{
    public const string Decide = "DecideReview";
    public const string RunCommand = "RunReviewCommand";
    public const string Record = "RecordReviewEvents";

    [Function(Decide)]
    public Task<DecideOutcome> DecideAsync([ActivityTrigger] DecideRequest request) =>
        reviews.DecideAsync(request.Reference, request.Now, request.Observed ?? [], CancellationToken.None);

    [Function(RunCommand)]
    public Task<CommandOutcome> RunCommandAsync([ActivityTrigger] ReviewCommand command) =>
        commands.RunAsync(command, CancellationToken.None);

    [Function(Record)]
    public async Task<bool> RecordAsync([ActivityTrigger] RecordRequest request)
    {
        await reviews.RecordObservedAsync(request.Reference, request.Events, CancellationToken.None);
        return true;
    }
}
