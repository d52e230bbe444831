using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Orchestrations;
using ReviewFunctions.Reviews;
using ReviewFunctions.Tests.Support;
using static ReviewFunctions.Tests.Orchestration.ScriptedReview;

namespace ReviewFunctions.Tests.Orchestration;

/// <summary>
/// <see cref="DurableClientReviewOrchestrations"/> over the real Durable Task engine (in memory) running the real
/// <see cref="ReviewOrchestrator"/>: what an administrator reads and does through the Durable client in Azure.
/// </summary>
public sealed class DurableClientReviewOrchestrationsTests
{
    private const string Other = "CR-2027-0005";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_status_filter_lists_only_the_reviews_in_those_statuses()
    {
        // The scripted review waits an hour; the other finishes at its first decision.
        var review = new ScriptedReview { Decide = (request, _) => request.Reference == Other ? Finished() : WakeAt(request.Now.AddHours(1)) };
        await using var engine = await ReviewEngine.StartAsync(review);
        var orchestrations = new DurableClientReviewOrchestrations(engine.Client);
        await engine.StartReviewAsync();
        await StartOtherAsync(engine);
        await WaitForCompletionAsync(engine, Other);
        await WaitForCustomStatusAsync(engine, Reference);

        var running = await orchestrations.ListAsync([ReviewRuntimeStatus.Running], default);
        var finished = await orchestrations.ListAsync([ReviewRuntimeStatus.Completed, ReviewRuntimeStatus.Failed], default);
        var every = await orchestrations.ListAsync(null, default);

        Assert.Equal([Reference], running.Select(o => o.InstanceId));
        Assert.Equal([Other], finished.Select(o => o.InstanceId));
        Assert.Equal([Reference, Other], every.Select(o => o.InstanceId).Order(StringComparer.Ordinal));
        Assert.All(every, o => Assert.Equal(ReviewOrchestrator.Name, o.Name));
    }

    [Fact]
    public async Task An_orchestration_that_is_not_a_review_is_neither_listed_nor_found()
    {
        var review = new ScriptedReview { Decide = (_, _) => Finished() };
        await using var engine = await ReviewEngine.StartAsync(review);
        var orchestrations = new DurableClientReviewOrchestrations(engine.Client);
        await engine.Client.ScheduleNewOrchestrationInstanceAsync("SomethingElse", new StartOrchestrationOptions(Other));
        await engine.StartReviewAsync();
        await engine.CompletionAsync();

        Assert.NotNull(await engine.Client.GetInstanceAsync(Other));
        Assert.Equal([Reference], (await orchestrations.ListAsync(null, default)).Select(o => o.InstanceId));
        Assert.Null(await orchestrations.GetAsync(Other, default));
    }

    [Fact]
    public async Task A_running_review_shows_its_summary_as_custom_status_and_its_input()
    {
        var review = new ScriptedReview { Decide = (request, _) => WakeAt(request.Now.AddHours(1)) };
        await using var engine = await ReviewEngine.StartAsync(review);
        var orchestrations = new DurableClientReviewOrchestrations(engine.Client);
        var started = DateTimeOffset.UtcNow;
        await engine.StartReviewAsync();
        await WaitForCustomStatusAsync(engine, Reference);

        var orchestration = await orchestrations.GetAsync(Reference, default);

        Assert.NotNull(orchestration);
        Assert.Equal((ReviewOrchestrator.Name, Reference, ReviewRuntimeStatus.Running), (orchestration.Name, orchestration.InstanceId, orchestration.RuntimeStatus));
        Assert.Equal(Summary(), JsonSerializer.Deserialize<ReviewSummary>(orchestration.CustomStatusJson!, JsonSerializerOptions.Web));
        Assert.Equal(Reference, JsonSerializer.Deserialize<ReviewLoopInput>(orchestration.InputJson!, JsonSerializerOptions.Web)!.Reference);
        Assert.Null(orchestration.Failure);
        Assert.InRange(orchestration.CreatedTime, started.AddSeconds(-5), orchestration.LastUpdatedTime);
    }

    [Fact]
    public async Task A_review_with_no_orchestration_is_not_found()
    {
        await using var engine = await ReviewEngine.StartAsync(new ScriptedReview { Decide = (_, _) => Finished() });

        Assert.Null(await new DurableClientReviewOrchestrations(engine.Client).GetAsync(Other, default));
    }

    [Fact]
    public async Task A_terminated_review_shows_as_terminated_with_the_reason_as_its_output()
    {
        var review = new ScriptedReview { Decide = (request, _) => WakeAt(request.Now.AddHours(1)) };
        await using var engine = await ReviewEngine.StartAsync(review);
        var orchestrations = new DurableClientReviewOrchestrations(engine.Client);
        await engine.StartReviewAsync();
        await review.WaitUntilAsync(r => r.Decisions.Count == 1, Limit);

        await orchestrations.TerminateAsync(Reference, "opened in error", default);
        await engine.CompletionAsync();
        var orchestration = await orchestrations.GetAsync(Reference, default);

        Assert.Equal(ReviewRuntimeStatus.Terminated, orchestration!.RuntimeStatus);
        Assert.Equal("opened in error", JsonSerializer.Deserialize<string>(orchestration.OutputJson!));
    }

    /// <summary>The sweeper's restart, as Azure does it: the same instance id, started afresh over the terminated one.</summary>
    [Fact]
    public async Task A_terminated_review_restarted_by_the_scheduler_runs_again_under_its_reference()
    {
        var review = new ScriptedReview { Decide = (request, _) => WakeAt(request.Now.AddHours(1)) };
        await using var engine = await ReviewEngine.StartAsync(review);
        var orchestrations = new DurableClientReviewOrchestrations(engine.Client);
        await engine.StartReviewAsync();
        await review.WaitUntilAsync(r => r.Decisions.Count == 1, Limit);
        await orchestrations.TerminateAsync(Reference, "terminated by mistake", default);
        await engine.CompletionAsync();

        // The sweeper restarts a terminated review at a later pass, never as its last episode is being put away. A
        // restart at that instant races the in-memory engine, which can hand the old episode's terminate message to
        // the new generation as it releases the old one (6 runs in 15 here), so this restarts a moment later.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await new DurableReviewScheduler(engine.Client).RestartAsync(Reference, default);

        await review.WaitUntilAsync(r => r.Decisions.Count == 2, Limit);

        // The engine records the new generation's status as its episode ends, which can be just after the decision
        // activity it scheduled has run (seen in CI as Terminated still).
        var status = (await orchestrations.GetAsync(Reference, default))!.RuntimeStatus;
        using var patience = new CancellationTokenSource(Limit);
        while (status != ReviewRuntimeStatus.Running && !patience.IsCancellationRequested)
        {
            await Task.Delay(20, CancellationToken.None);
            status = (await orchestrations.GetAsync(Reference, default))!.RuntimeStatus;
        }

        Assert.Equal(ReviewRuntimeStatus.Running, status);
    }

    [Fact]
    public async Task Raising_the_reviews_event_wakes_it_at_once_with_the_payload_as_sent()
    {
        var review = new ScriptedReview { Decide = (request, n) => n == 1 ? WakeAt(request.Now.AddHours(1)) : Finished() };
        await using var engine = await ReviewEngine.StartAsync(review);
        var orchestrations = new DurableClientReviewOrchestrations(engine.Client);
        await engine.StartReviewAsync();
        await review.WaitUntilAsync(r => r.Decisions.Count == 1, Limit);

        // The orchestrator waits for a string; a JSON string payload must arrive as that string, not double-encoded.
        await orchestrations.RaiseEventAsync(Reference, ReviewOrchestrator.ChangedEvent, "\"CR-2027-0004\"", default);
        var done = await engine.CompletionAsync();

        Assert.True(done.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{done.RuntimeStatus}: {done.FailureDetails}");
        Assert.Equal(2, review.Decisions.Count);
    }

    [Fact]
    public async Task An_event_payload_arrives_as_the_json_that_was_sent_not_as_a_string_of_it()
    {
        // The review's own orchestrator ignores its payload, so an orchestrator that returns what it received shows it.
        await using var host = await InProcessEngine.StartAsync(tasks =>
            tasks.AddOrchestratorFunc<object?, JsonElement>("Echo", (context, _) => context.WaitForExternalEvent<JsonElement>("payload")));
        await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", new StartOrchestrationOptions(Reference));

        await new DurableClientReviewOrchestrations(host.Client).RaiseEventAsync(Reference, "payload", """{"reference":"CR-2027-0004","round":2}""", default);
        using var timeout = new CancellationTokenSource(Limit);
        var done = await host.Client.WaitForInstanceCompletionAsync(Reference, getInputsAndOutputs: true, timeout.Token);

        var echoed = JsonDocument.Parse(done.SerializedOutput!).RootElement;
        Assert.Equal(JsonValueKind.Object, echoed.ValueKind);
        Assert.Equal(("CR-2027-0004", 2), (echoed.GetProperty("reference").GetString(), echoed.GetProperty("round").GetInt32()));
    }

    [Fact]
    public async Task A_review_that_fails_shows_why()
    {
        var review = new ScriptedReview { Decide = (_, _) => throw new InvalidOperationException("The index is unreachable.") };
        await using var engine = await ReviewEngine.StartAsync(review);
        var orchestrations = new DurableClientReviewOrchestrations(engine.Client);
        await engine.StartReviewAsync();
        await engine.CompletionAsync();

        var orchestration = await orchestrations.GetAsync(Reference, default);
        var failed = await orchestrations.ListAsync([ReviewRuntimeStatus.Failed], default);

        Assert.Equal(ReviewRuntimeStatus.Failed, orchestration!.RuntimeStatus);
        Assert.Equal(typeof(TaskFailedException).FullName, orchestration.Failure!.ErrorType);
        Assert.Contains(ReviewActivities.Decide, orchestration.Failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal([Reference], failed.Select(o => o.InstanceId));
    }

    /// <summary>
    /// The in-process test host's engine has no rewind: its gRPC client throws NotImplementedException (checked with
    /// Microsoft.DurableTask.InProcessTestHost 0.2.3-preview.1). What can be tested here is that the refusal reaches
    /// the caller as the one refusal callers handle, and the review stays as it was; rewinding itself is untested.
    /// </summary>
    [Fact]
    public async Task Where_the_engine_cannot_rewind_the_refusal_is_passed_on_and_the_review_stays_failed()
    {
        await using var engine = await ReviewEngine.StartAsync(new ScriptedReview { Decide = (_, _) => throw new InvalidOperationException("The index is unreachable.") });
        var orchestrations = new DurableClientReviewOrchestrations(engine.Client);
        await engine.StartReviewAsync();
        await engine.CompletionAsync();

        var refused = await Assert.ThrowsAsync<NotSupportedException>(() => orchestrations.RewindAsync(Reference, "index restored", default));
        Assert.Equal("the Durable Task backend cannot rewind", refused.Message);
        Assert.Equal(ReviewRuntimeStatus.Failed, (await orchestrations.GetAsync(Reference, default))!.RuntimeStatus);
    }

    [Fact]
    public async Task A_purged_review_is_gone_and_a_second_purge_finds_nothing()
    {
        await using var engine = await ReviewEngine.StartAsync(new ScriptedReview { Decide = (_, _) => Finished() });
        var orchestrations = new DurableClientReviewOrchestrations(engine.Client);
        await engine.StartReviewAsync();
        await engine.CompletionAsync();

        Assert.True(await orchestrations.PurgeAsync(Reference, default));
        Assert.Null(await orchestrations.GetAsync(Reference, default));
        Assert.False(await orchestrations.PurgeAsync(Reference, default));
    }

    private static Task<string> StartOtherAsync(ReviewEngine engine) =>
        engine.Client.ScheduleNewOrchestrationInstanceAsync(ReviewOrchestrator.Name, new ReviewLoopInput(Other), new StartOrchestrationOptions(Other));

    private static async Task WaitForCompletionAsync(ReviewEngine engine, string instanceId)
    {
        using var timeout = new CancellationTokenSource(Limit);
        await engine.Client.WaitForInstanceCompletionAsync(instanceId, timeout.Token);
    }

    private static async Task WaitForCustomStatusAsync(ReviewEngine engine, string instanceId)
    {
        using var timeout = new CancellationTokenSource(Limit);
        while ((await engine.Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, timeout.Token))?.SerializedCustomStatus is null)
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
