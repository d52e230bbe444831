using System.Text.Json;
using Microsoft.DurableTask.Client;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Reviews;
using static ReviewFunctions.Tests.Orchestration.ScriptedReview;

namespace ReviewFunctions.Tests.Orchestration;

/// <summary>The review orchestrator on the real Durable Task engine (in memory).</summary>
public sealed class ReviewOrchestratorTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Morning = new(2027, 2, 9, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task When_the_timer_comes_first_the_review_is_decided_again_at_the_timers_instant()
    {
        DateTimeOffset? wake = null;
        var review = new ScriptedReview
        {
            Decide = (request, n) => n == 1 ? WakeAt(wake = request.Now.AddSeconds(1)) : Finished(),
        };
        await using var engine = await ReviewEngine.StartAsync(review);

        await engine.StartReviewAsync();
        var done = await engine.CompletionAsync();

        AssertCompleted(done);
        Assert.Equal(2, review.Decisions.Count);
        Assert.InRange(review.Decisions[1].Now, wake!.Value, wake.Value.AddSeconds(5));
    }

    [Fact]
    public async Task When_a_person_records_something_first_the_review_is_decided_at_once_without_waiting_for_the_timer()
    {
        DateTimeOffset? wake = null;
        var review = new ScriptedReview
        {
            Decide = (request, n) => n == 1 ? WakeAt(wake = request.Now.AddHours(1)) : Finished(),
        };
        await using var engine = await ReviewEngine.StartAsync(review);
        await engine.StartReviewAsync();
        await review.WaitUntilAsync(r => r.Decisions.Count == 1, Limit);

        await engine.ChangedAsync();
        var done = await engine.CompletionAsync();

        AssertCompleted(done);
        Assert.Equal(2, review.Decisions.Count);
        Assert.True(review.Decisions[1].Now < wake, "decided when the person recorded, not when the timer was due");
    }

    [Fact]
    public async Task A_change_event_raised_by_hand_with_any_payload_wakes_the_review_and_does_not_fail_it()
    {
        var review = new ScriptedReview
        {
            Decide = (request, n) => n < 3 ? WakeAt(request.Now.AddHours(1)) : Finished(),
        };
        await using var engine = await ReviewEngine.StartAsync(review);
        await engine.StartReviewAsync();
        await review.WaitUntilAsync(r => r.Decisions.Count == 1, Limit);

        await engine.Client.RaiseEventAsync(ScriptedReview.Reference, ReviewOrchestrator.ChangedEvent, new { reason = "an administrator's nudge" });
        await review.WaitUntilAsync(r => r.Decisions.Count == 2, Limit);
        await engine.Client.RaiseEventAsync(ScriptedReview.Reference, ReviewOrchestrator.ChangedEvent, 42);
        var done = await engine.CompletionAsync();

        AssertCompleted(done);
        Assert.Equal(3, review.Decisions.Count);
    }

    [Fact]
    public async Task No_change_is_lost_when_people_record_while_the_review_is_busy()
    {
        const int changes = 8;
        var recorded = 0;
        var review = new ScriptedReview
        {
            // A decision sees how many changes were stored before it read the review, as the real one would. The first
            // came before any change (the test waits for it to begin, and the changes may land while it runs).
            Decide = (request, n) =>
            {
                Thread.Sleep(30);
                return n > 1 && Volatile.Read(ref recorded) == changes ? Finished() : WakeAt(request.Now.AddHours(1));
            },
        };
        await using var engine = await ReviewEngine.StartAsync(review);
        await engine.StartReviewAsync();
        await review.WaitUntilAsync(r => r.Decisions.Count == 1, Limit);

        await Task.WhenAll(Enumerable.Range(0, changes).Select(async _ =>
        {
            Interlocked.Increment(ref recorded);
            await engine.ChangedAsync();
        }));
        var done = await engine.CompletionAsync();

        AssertCompleted(done);
        Assert.InRange(review.Decisions.Count, 2, changes + 1);
    }

    [Fact]
    public async Task A_command_that_fails_then_succeeds_is_retried_under_its_policy_and_what_it_saw_is_recorded()
    {
        var notice = new SendNotice(Reference, "agency-request-letter", "agency-request", 1, ["agencies"]);
        var review = new ScriptedReview
        {
            Decide = (request, n) => n == 1 ? WakeAt(request.Now.AddHours(1), notice) : Finished(),
            RunCommand = (_, attempt) => attempt == 1
                ? throw new InvalidOperationException("mail service unavailable")
                : new CommandOutcome([new NoticeSent(Morning, notice.Notice, notice.Step, 1, "msg-1")]),
        };
        await using var engine = await ReviewEngine.StartAsync(review);

        await engine.StartReviewAsync();
        var done = await engine.CompletionAsync();

        AssertCompleted(done);
        Assert.Equal(2, review.Commands.Count);

        // What the command saw completes steps, so the review is decided again at once rather than in an hour, and
        // that decision records it: no separate activity to record.
        Assert.Equal(2, review.Decisions.Count);
        Assert.Equal("msg-1", Assert.IsType<NoticeSent>(Assert.Single(review.Decisions[1].Observed!)).MessageId);
        Assert.Empty(review.Records);
    }

    [Fact]
    public async Task A_command_that_keeps_failing_is_tried_as_often_as_its_policy_says_and_the_review_carries_on()
    {
        var review = new ScriptedReview
        {
            Decide = (request, n) => n == 1 ? WakeAt(request.Now.AddDays(20), new SecureCaseFiles(Reference, [], 0)) : Finished(),
            RunCommand = (_, _) => throw new InvalidOperationException("Graph unavailable"),
        };
        await using var engine = await ReviewEngine.StartAsync(review);
        await engine.StartReviewAsync();
        var attempts = ReviewRetries.Standard.Command.MaxNumberOfAttempts;
        await review.WaitUntilAsync(r => r.Commands.Count == attempts, Limit);

        await Task.Delay(TimeSpan.FromSeconds(1));
        var waiting = await engine.InstanceAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Running, waiting.RuntimeStatus);
        Assert.Equal(attempts, review.Commands.Count);
        Assert.Equal(Summary(), waiting.ReadCustomStatusAs<ReviewSummary>());

        await engine.ChangedAsync();
        AssertCompleted(await engine.CompletionAsync());
    }

    [Fact]
    public async Task The_summary_is_shown_as_the_orchestrations_custom_status()
    {
        var review = new ScriptedReview { Decide = (request, _) => WakeAt(request.Now.AddHours(1)) };
        await using var engine = await ReviewEngine.StartAsync(review);
        await engine.StartReviewAsync();
        await review.WaitUntilAsync(r => r.Decisions.Count == 1, Limit);

        OrchestrationMetadata instance;
        do
        {
            instance = await engine.InstanceAsync();
        }
        while (instance.SerializedCustomStatus is null && await Pause());

        Assert.Equal(OrchestrationRuntimeStatus.Running, instance.RuntimeStatus);
        Assert.Equal(Summary(), instance.ReadCustomStatusAs<ReviewSummary>());
        Assert.True(instance.SerializedCustomStatus!.Length < 16 * 1024 / 2, "custom status must stay under the 16 KB limit");
        Assert.DoesNotContain("child", instance.SerializedCustomStatus, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task After_its_rounds_the_orchestration_continues_as_new_and_carries_on_with_the_same_review()
    {
        var rounds = ReviewLoop.RoundsBeforeRestart + 5;
        var review = new ScriptedReview
        {
            Decide = (request, n) => n < rounds ? WakeAt(request.Now.AddMilliseconds(10)) : Finished(),
        };
        await using var engine = await ReviewEngine.StartAsync(review);

        await engine.StartReviewAsync();
        var done = await engine.CompletionAsync();

        AssertCompleted(done);
        Assert.Equal(rounds, review.Decisions.Count);
        Assert.All(review.Decisions, d => Assert.Equal(Reference, d.Reference));
        Assert.Equal(2, engine.Generations);
        Assert.Equal(new ReviewLoopInput(Reference), done.ReadInputAs<ReviewLoopInput>());
    }

    [Fact]
    public async Task A_review_that_lasts_a_year_of_daily_wake_ups_decides_each_day_once_and_never_repeats_a_command()
    {
        const int days = 365;
        var review = new ScriptedReview
        {
            // Each decision is one day of the review: it reminds someone, then sleeps until the next day.
            Decide = (request, n) => n <= days
                ? WakeAt(request.Now.AddMilliseconds(1), new RemindOwner(Reference, "decision", "Decide", n, "board-chair", Due.EndOfDay(new DateOnly(2028, 3, 8)), Morning.AddDays(n), ReminderKind.BeforeDue))
                : Finished(),
        };
        await using var engine = await ReviewEngine.StartAsync(review);

        await engine.StartReviewAsync();
        var done = await engine.CompletionAsync();

        AssertCompleted(done);
        Assert.Equal(days + 1, review.Decisions.Count);
        Assert.Equal(Enumerable.Range(1, days), review.Commands.Select(c => Assert.IsType<RemindOwner>(c).Occurrence));
        Assert.Equal(days / ReviewLoop.RoundsBeforeRestart + 1, engine.Generations);
        Assert.Equal(Summary("finished", true), done.ReadCustomStatusAs<ReviewSummary>());
    }

    [Fact]
    public async Task A_finished_review_ends_its_orchestration_without_running_its_bookkeeping_commands()
    {
        var review = new ScriptedReview { Decide = (_, _) => Finished() };
        await using var engine = await ReviewEngine.StartAsync(review);

        await engine.StartReviewAsync();
        var done = await engine.CompletionAsync();

        AssertCompleted(done);
        Assert.Single(review.Decisions);
        Assert.Empty(review.Commands);
        Assert.Equal(Summary("finished", true), done.ReadCustomStatusAs<ReviewSummary>());
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
        var review = new ScriptedReview { Decide = (request, n) => n == 1 ? WakeAt(request.Now.AddMilliseconds(10), commands) : Finished() };
        await using var engine = await ReviewEngine.StartAsync(review);

        await engine.StartReviewAsync();
        AssertCompleted(await engine.CompletionAsync());

        // Letters and reminders run together, so they reach their activities in any order.
        Assert.Equal(commands.Select(c => JsonSerializer.Serialize(c, ReviewJson.Options)).Order(), review.Commands.Select(c => JsonSerializer.Serialize(c, ReviewJson.Options)).Order());
    }

    private static void AssertCompleted(OrchestrationMetadata done) =>
        Assert.True(done.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{done.RuntimeStatus}: {done.FailureDetails}");

    private static async Task<bool> Pause()
    {
        await Task.Delay(50);
        return true;
    }
}
