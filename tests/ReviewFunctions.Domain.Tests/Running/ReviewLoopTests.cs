using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Domain.Tests.Running;

/// <summary>
/// When the loop sleeps, and until when. The engine's side (timers, events, retries, restarts) is tested on the real
/// Durable Task engine in ReviewFunctions.Tests; this is the choice the loop itself makes.
/// </summary>
public sealed class ReviewLoopTests
{
    private const string Reference = "CR-2027-0004";
    private static readonly DateTimeOffset Now = new(2027, 2, 8, 10, 0, 0, TimeSpan.Zero);
    private static readonly ReviewSummary Summary = new(Reference, "scr", "england", "referral", "agency-request", "2027-02-09", 0, null, false);

    [Theory]
    [InlineData(false, 20 * 24 * 60, 20 * 24 * 60)]
    [InlineData(true, 20 * 24 * 60, 60)]
    [InlineData(true, 10, 10)]
    public void A_review_sleeps_until_its_next_instant_or_within_the_hour_when_a_command_failed(bool commandFails, int nextWakeMinutes, int sleepsMinutes)
    {
        var runtime = new OneRoundRuntime(new DecideOutcome([new SecureCaseFiles(Reference, [], 0)], Now.AddMinutes(nextWakeMinutes), Summary, false), commandFails);

        _ = ReviewLoop.RunAsync(runtime, new ReviewLoopInput(Reference));

        Assert.Equal(Now.AddMinutes(sleepsMinutes), runtime.SleptUntil);
        Assert.Equal(Summary, runtime.Reported);
    }

    [Fact]
    public void A_failed_command_makes_a_review_with_nothing_else_due_wake_within_the_hour()
    {
        var runtime = new OneRoundRuntime(new DecideOutcome([new SecureCaseFiles(Reference, [], 0)], null, Summary, false), commandFails: true);

        _ = ReviewLoop.RunAsync(runtime, new ReviewLoopInput(Reference));

        Assert.Equal(Now + ReviewLoop.RetryFailedCommandsAfter, runtime.SleptUntil);
    }

    /// <summary>Answers one decision, then holds the loop asleep so the test can read when it meant to wake.</summary>
    private sealed class OneRoundRuntime(DecideOutcome outcome, bool commandFails) : IReviewRuntime
    {
        public DateTimeOffset? SleptUntil { get; private set; }

        public ReviewSummary? Reported { get; private set; }

        public DateTimeOffset Now => ReviewLoopTests.Now;

        public Task<WakeReason> WaitAsync(DateTimeOffset? wakeAt)
        {
            SleptUntil = wakeAt;
            return new TaskCompletionSource<WakeReason>().Task;
        }

        public Task<DecideOutcome> DecideAsync(string reference, DateTimeOffset now) => Task.FromResult(outcome);

        public Task<CommandOutcome> RunAsync(ReviewCommand command) => Task.FromResult(commandFails ? CommandOutcome.Failure : CommandOutcome.Nothing);

        public Task RecordAsync(string reference, IReadOnlyList<ReviewEvent> events) => Task.CompletedTask;

        public void ReportStatus(ReviewSummary summary) => Reported = summary;

        public void ContinueAsNew(ReviewLoopInput input) => throw new InvalidOperationException("one round only");
    }
}
