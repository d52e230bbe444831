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
    [InlineData(true, 20 * 24 * 60, 5)]
    [InlineData(true, 3, 3)]
    public void A_review_sleeps_until_its_next_instant_or_a_short_wait_when_a_command_failed(bool commandFails, int nextWakeMinutes, int sleepsMinutes)
    {
        var runtime = new OneRoundRuntime(new DecideOutcome([new SecureCaseFiles(Reference, [], 0)], Now.AddMinutes(nextWakeMinutes), Summary, false), commandFails);

        _ = ReviewLoop.RunAsync(runtime, new ReviewLoopInput(Reference));

        Assert.Equal(Now.AddMinutes(sleepsMinutes), runtime.SleptUntil);
        Assert.Equal(Summary, runtime.Reported);
    }

    /// <summary>Worked by hand: 5 minutes, then three times as long each time, capped at 12 hours.</summary>
    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 15)]
    [InlineData(3, 45)]
    [InlineData(4, 135)]
    [InlineData(5, 405)]
    [InlineData(6, 720)]
    [InlineData(40, 720)]
    public void The_wait_after_failures_in_a_row_grows_from_minutes_to_hours_and_stops_at_twelve_hours(int failedRounds, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), ReviewLoop.RetryWait(failedRounds));
    }

    [Fact]
    public void Failures_carried_over_a_restart_keep_the_wait_growing()
    {
        var runtime = new OneRoundRuntime(new DecideOutcome([new SecureCaseFiles(Reference, [], 0)], null, Summary, false), commandFails: true);

        _ = ReviewLoop.RunAsync(runtime, new ReviewLoopInput(Reference, FailedRounds: 3));

        Assert.Equal(Now + ReviewLoop.RetryWait(4), runtime.SleptUntil);
    }

    [Fact]
    public void A_round_whose_commands_all_worked_starts_the_waits_again_from_the_shortest()
    {
        var runtime = new OneRoundRuntime(new DecideOutcome([new SecureCaseFiles(Reference, [], 0)], Now.AddDays(3), Summary, false), commandFails: false);

        _ = ReviewLoop.RunAsync(runtime, new ReviewLoopInput(Reference, FailedRounds: 5));

        Assert.Equal(Now.AddDays(3), runtime.SleptUntil);
    }

    [Fact]
    public void What_the_commands_observed_goes_to_the_next_decision_in_the_commands_order_whichever_finished_first()
    {
        var first = new SendNotice(Reference, "decision-notice", "national-notification", 1, ["ofsted"]);
        var second = new SendNotice(Reference, "agency-request-letter", "agency-request", 1, ["agencies"]);
        var runtime = new HeldCommandsRuntime(new DecideOutcome([first, second, new UpdateStatus(Reference, Summary)], Now.AddDays(1), Summary, false));

        _ = ReviewLoop.RunAsync(runtime, new ReviewLoopInput(Reference));

        // Both letters are out before either is answered: one wait for the two, not one each.
        Assert.Equal([first, second], runtime.Started);
        runtime.Finish(second, Sent(second, "msg-2"));
        runtime.Finish(first, Sent(first, "msg-1"));

        var observed = Assert.Single(runtime.DecidedWith, o => o.Count > 0);
        Assert.Equal(["msg-1", "msg-2"], observed.Cast<NoticeSent>().Select(n => n.MessageId));
        Assert.Empty(runtime.Recorded);
    }

    [Fact]
    public void Changes_to_the_case_files_run_one_after_another_while_letters_go_out_beside_them()
    {
        var secure = new SecureCaseFiles(Reference, [], 1);
        var release = new ReleaseCaseFiles(Reference);
        var letter = new SendNotice(Reference, "decision-notice", "national-notification", 1, ["ofsted"]);
        var runtime = new HeldCommandsRuntime(new DecideOutcome([secure, letter, release], Now.AddDays(1), Summary, false));

        _ = ReviewLoop.RunAsync(runtime, new ReviewLoopInput(Reference));

        Assert.Equal<ReviewCommand>([secure, letter], runtime.Started);
        runtime.Finish(secure, CommandOutcome.Nothing);
        Assert.Equal<ReviewCommand>([secure, letter, release], runtime.Started);
    }

    [Fact]
    public void A_finished_review_records_what_its_last_commands_observed_as_no_decision_follows()
    {
        var release = new ReleaseCaseFiles(Reference);
        var runtime = new HeldCommandsRuntime(new DecideOutcome([release], null, Summary, Finished: true));

        _ = ReviewLoop.RunAsync(runtime, new ReviewLoopInput(Reference));
        var released = new CaseFilesReleased(Now, 1);
        runtime.Finish(release, new CommandOutcome([released]));

        Assert.Equal([released], Assert.Single(runtime.Recorded));
        Assert.Single(runtime.DecidedWith);
    }

    private static CommandOutcome Sent(SendNotice notice, string messageId) =>
        new([new NoticeSent(Now, notice.Notice, notice.Step, notice.Occurrence, messageId)]);

    /// <summary>Answers the first decision with a given outcome and later ones with a long sleep; commands finish when the test says.</summary>
    private sealed class HeldCommandsRuntime(DecideOutcome first) : IReviewRuntime
    {
        private readonly Dictionary<ReviewCommand, TaskCompletionSource<CommandOutcome>> held = new(ReferenceEqualityComparer.Instance);

        public List<ReviewCommand> Started { get; } = [];

        public List<IReadOnlyList<ReviewEvent>> DecidedWith { get; } = [];

        public List<IReadOnlyList<ReviewEvent>> Recorded { get; } = [];

        public DateTimeOffset Now => ReviewLoopTests.Now;

        public void Finish(ReviewCommand command, CommandOutcome outcome) => held[command].SetResult(outcome);

        public Task<WakeReason> WaitAsync(DateTimeOffset? wakeAt) => new TaskCompletionSource<WakeReason>().Task;

        public Task<DecideOutcome> DecideAsync(string reference, DateTimeOffset now, IReadOnlyList<ReviewEvent> observed)
        {
            DecidedWith.Add(observed);
            return Task.FromResult(DecidedWith.Count == 1 ? first : new DecideOutcome([], Now.AddDays(7), Summary, false));
        }

        public Task<CommandOutcome> RunAsync(ReviewCommand command)
        {
            Started.Add(command);
            var outcome = new TaskCompletionSource<CommandOutcome>();
            held[command] = outcome;
            return outcome.Task;
        }

        public Task RecordAsync(string reference, IReadOnlyList<ReviewEvent> events)
        {
            Recorded.Add(events);
            return Task.CompletedTask;
        }

        public void ReportStatus(ReviewSummary summary)
        {
        }

        public void ContinueAsNew(ReviewLoopInput input) => throw new InvalidOperationException("not in these tests");
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

        public Task<DecideOutcome> DecideAsync(string reference, DateTimeOffset now, IReadOnlyList<ReviewEvent> observed) => Task.FromResult(outcome);

        public Task<CommandOutcome> RunAsync(ReviewCommand command) => Task.FromResult(commandFails ? CommandOutcome.Failure : CommandOutcome.Nothing);

        public Task RecordAsync(string reference, IReadOnlyList<ReviewEvent> events) => Task.CompletedTask;

        public void ReportStatus(ReviewSummary summary) => Reported = summary;

        public void ContinueAsNew(ReviewLoopInput input) => throw new InvalidOperationException("one round only");
    }
}
