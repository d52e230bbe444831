using System.Text.Json;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Reviews;

namespace ReviewFunctions.Tests.Orchestration;

public sealed class ReviewOrchestratorTests
{
    private const string Reference = "CR-2027-0004";
    private static readonly DateTime Start = new(2027, 2, 8, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTimeOffset Morning = new(2027, 2, 9, 9, 0, 0, TimeSpan.Zero);

    private static ReviewSummary Summary(string stage = "referral", bool finished = false) =>
        new(Reference, "scr", "england", stage, "agency-request", "2027-02-09", 0, null, finished);

    private static FakeOrchestrationContext Context(Queue<DecideOutcome> outcomes, List<DecideRequest>? decisions = null)
    {
        var context = new FakeOrchestrationContext(Reference, new ReviewLoopInput(Reference), Start);
        context.OnActivity<DecideRequest>(ReviewActivities.Decide, request =>
        {
            decisions?.Add(request);
            return outcomes.Count > 1 ? outcomes.Dequeue() : outcomes.Peek();
        });
        context.OnActivity<RecordRequest>(ReviewActivities.Record, _ => true);
        return context;
    }

    private static DecideOutcome WakeAt(DateTimeOffset? wake, params ReviewCommand[] commands) =>
        new([.. commands, new UpdateStatus(Reference, Summary())], wake, Summary(), false);

    [Fact]
    public async Task When_the_timer_comes_first_the_review_is_decided_again_at_the_timers_instant()
    {
        var decisions = new List<DecideRequest>();
        var context = Context(new([WakeAt(Morning), WakeAt(Morning.AddDays(1))]), decisions);

        var run = ReviewOrchestrator.RunAsync(context);
        await context.SettleAsync(run);

        Assert.Equal(Morning.UtcDateTime, context.TimerFiresAt);
        Assert.Equal(ReviewOrchestrator.ChangedEvent, context.AwaitedEvent);
        context.FireTimer();
        await context.SettleAsync(run);

        Assert.Equal([new DateTimeOffset(Start), Morning], decisions.Select(d => d.Now));
        Assert.Equal(Morning.AddDays(1).UtcDateTime, context.TimerFiresAt);
        Assert.False(run.IsCompleted);
    }

    [Fact]
    public async Task When_a_person_records_something_first_the_review_is_decided_at_once_and_the_timer_is_cancelled()
    {
        var decisions = new List<DecideRequest>();
        var context = Context(new([WakeAt(Morning), WakeAt(Morning)]), decisions);
        var run = ReviewOrchestrator.RunAsync(context);
        await context.SettleAsync(run);
        context.Now = Start.AddHours(2);

        context.RaiseEvent(ReviewOrchestrator.ChangedEvent, Reference);
        await context.SettleAsync(run);

        Assert.Equal([new DateTimeOffset(Start), new DateTimeOffset(Start.AddHours(2))], decisions.Select(d => d.Now));
        Assert.Equal(2, context.Calls.Count(c => c.Activity == ReviewActivities.Decide));
        Assert.True(context.Waiting);
    }

    [Fact]
    public async Task The_losing_wait_is_cancelled_so_nothing_is_left_pending()
    {
        var context = Context(new([WakeAt(Morning), WakeAt(null)]));
        var run = ReviewOrchestrator.RunAsync(context);
        await context.SettleAsync(run);

        context.RaiseEvent(ReviewOrchestrator.ChangedEvent, Reference);
        await context.SettleAsync(run);

        Assert.True(context.TimerCancelled);
    }

    [Fact]
    public async Task A_command_that_fails_then_succeeds_is_retried_under_its_policy_and_what_it_saw_is_recorded()
    {
        var notice = new SendNotice(Reference, "agency-request-letter", "agency-request", 1, ["agencies"]);
        var context = Context(new([WakeAt(Morning, notice), WakeAt(Morning)]));
        var attempts = 0;
        context.OnActivity<ReviewCommand>(ReviewActivities.RunCommand, command =>
        {
            Assert.Equal(JsonSerializer.Serialize<ReviewCommand>(notice, ReviewJson.Options), JsonSerializer.Serialize(command, ReviewJson.Options));
            return ++attempts == 1
                ? throw new InvalidOperationException("mail service unavailable")
                : new CommandOutcome([new NoticeSent(Morning, notice.Notice, notice.Step, 1, "msg-1")]);
        });

        var run = ReviewOrchestrator.RunAsync(context);
        await context.SettleAsync(run);

        Assert.Equal(2, context.Calls.Single(c => c.Activity == ReviewActivities.RunCommand).Attempts);
        Assert.Equal([DurableReviewRuntime.CommandRetry.FirstRetryInterval], context.RetryWaits);
        var recorded = JsonSerializer.Deserialize<RecordRequest>(context.Calls.Single(c => c.Activity == ReviewActivities.Record).Input)!;
        Assert.Equal("msg-1", Assert.IsType<NoticeSent>(Assert.Single(recorded.Events)).MessageId);
        Assert.Equal(2, context.Calls.Count(c => c.Activity == ReviewActivities.Decide));
    }

    [Fact]
    public async Task A_command_that_keeps_failing_does_not_stop_the_review_and_is_asked_for_again_within_the_hour()
    {
        var context = Context(new([WakeAt(Morning.AddDays(20), new SecureCaseFiles(Reference, [], 0))]));
        context.OnActivity<ReviewCommand>(ReviewActivities.RunCommand, _ => throw new InvalidOperationException("Graph unavailable"));

        var run = ReviewOrchestrator.RunAsync(context);
        await context.SettleAsync(run);

        Assert.Equal(DurableReviewRuntime.CommandRetry.MaxNumberOfAttempts, context.Calls.Single(c => c.Activity == ReviewActivities.RunCommand).Attempts);
        Assert.False(run.IsCompleted);
        Assert.Equal(context.Now + ReviewLoop.RetryFailedCommandsAfter, context.TimerFiresAt);
    }

    [Fact]
    public async Task The_summary_is_shown_as_the_orchestrations_custom_status()
    {
        var context = Context(new([WakeAt(Morning)]));

        var run = ReviewOrchestrator.RunAsync(context);
        await context.SettleAsync(run);

        var status = JsonSerializer.Serialize(Assert.Single(context.Statuses));
        Assert.Equal(JsonSerializer.Serialize(Summary()), status);
        Assert.True(status.Length < 16 * 1024 / 2, "custom status must stay under the 16 KB limit");
        Assert.DoesNotContain("child", status, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task After_its_rounds_the_orchestration_restarts_as_new_carrying_only_the_reference()
    {
        var context = Context(new([WakeAt(Morning)]));
        var run = ReviewOrchestrator.RunAsync(context);
        await context.SettleAsync(run);

        for (var round = 1; round < ReviewLoop.RoundsBeforeRestart; round++)
        {
            Assert.False(run.IsCompleted);
            context.FireTimer();
            await context.SettleAsync(run);
        }

        Assert.True(run.IsCompletedSuccessfully);
        Assert.Equal(new ReviewLoopInput(Reference, 0), context.ContinuedWith);
        Assert.Equal(ReviewLoop.RoundsBeforeRestart, context.Calls.Count(c => c.Activity == ReviewActivities.Decide));
        Assert.False(context.Waiting);
    }

    [Fact]
    public async Task A_restarted_orchestration_carries_on_from_its_input()
    {
        var decisions = new List<DecideRequest>();
        var context = new FakeOrchestrationContext(Reference, new ReviewLoopInput(Reference, 0), Start);
        context.OnActivity<DecideRequest>(ReviewActivities.Decide, request =>
        {
            decisions.Add(request);
            return WakeAt(Morning);
        });

        var run = ReviewOrchestrator.RunAsync(context);
        await context.SettleAsync(run);

        Assert.Equal(Reference, Assert.Single(decisions).Reference);
    }

    [Fact]
    public async Task A_finished_review_ends_its_orchestration_without_waiting()
    {
        var finished = new DecideOutcome([new UpdateStatus(Reference, Summary("finished", true)), new CompleteReview(Reference, "The Board signed off the action plan.")], null, Summary("finished", true), true);
        var context = Context(new([finished]));

        var run = ReviewOrchestrator.RunAsync(context);
        await context.SettleAsync(run);

        Assert.True(run.IsCompletedSuccessfully);
        Assert.False(context.Waiting);
        Assert.DoesNotContain(context.Calls, c => c.Activity == ReviewActivities.RunCommand);
    }

    [Fact]
    public async Task Every_command_travels_to_its_activity_and_back_intact()
    {
        ReviewCommand[] commands =
        [
            new SendNotice(Reference, "decision-notice", "national-notification", 1, ["ofsted", "dfe", "national-panel"]),
            new SecureCaseFiles(Reference, [new ReviewMember("chair@panel.example", "panel-chair", Morning, "bm@board.example")], 1),
            new RemindOwner(Reference, "decision", "Decide", 1, "board-chair", Due.EndOfDay(new DateOnly(2027, 3, 8)), Morning, ReminderKind.BeforeDue),
            new EscalateToManager(Reference, "agency-request", "Ask agencies", 1, "business-manager", "board-chair", Due.EndOfDay(new DateOnly(2027, 2, 9)), Morning),
        ];
        var context = Context(new([WakeAt(Morning, commands), WakeAt(Morning)]));
        var received = new List<ReviewCommand>();
        context.OnActivity<ReviewCommand>(ReviewActivities.RunCommand, command =>
        {
            received.Add(command);
            return CommandOutcome.Nothing;
        });

        var run = ReviewOrchestrator.RunAsync(context);
        await context.SettleAsync(run);

        Assert.Equal(commands.Length, received.Count);
        Assert.Equal(commands.Select(c => JsonSerializer.Serialize(c, ReviewJson.Options)), received.Select(c => JsonSerializer.Serialize(c, ReviewJson.Options)));
    }
}
