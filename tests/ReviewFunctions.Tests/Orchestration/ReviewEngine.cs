using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Reviews;
using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests.Orchestration;

/// <summary>
/// The real Durable Task engine, in memory, running <see cref="ReviewOrchestrator"/> over a scripted review. Timers fire
/// at real instants, so the scripts wake the review milliseconds or seconds ahead; the retry policies keep their
/// number of tries but wait milliseconds between them.
/// </summary>
internal sealed class ReviewEngine : IAsyncDisposable
{
    public static readonly ReviewRetries QuickRetries = new(
        new RetryPolicy(ReviewRetries.Standard.Decide.MaxNumberOfAttempts, TimeSpan.FromMilliseconds(20)),
        new RetryPolicy(ReviewRetries.Standard.Command.MaxNumberOfAttempts, TimeSpan.FromMilliseconds(200)));

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly DurableTaskTestHost host;
    private int generations;

    private ReviewEngine(DurableTaskTestHost host) => this.host = host;

    public DurableTaskClient Client => host.Client;

    /// <summary>How many times an orchestration of the review began afresh: its start, then each ContinueAsNew.</summary>
    public int Generations => Volatile.Read(ref generations);

    public static async Task<ReviewEngine> StartAsync(ScriptedReview review)
    {
        ReviewEngine? engine = null;
        var host = await InProcessEngine.StartAsync(tasks =>
        {
            tasks.AddOrchestratorFunc<ReviewLoopInput?, object?>(ReviewOrchestrator.Name, async (context, input) =>
            {
                // Replay re-runs the orchestrator from the top; only a new generation's first run is not a replay.
                if (!context.IsReplaying)
                {
                    Interlocked.Increment(ref engine!.generations);
                }

                await ReviewOrchestrator.RunLoopAsync(context, input, QuickRetries, new DurableTimerAlarm(context));
                return null;
            });
            tasks.AddActivityFunc<DecideRequest, DecideOutcome>(ReviewActivities.Decide, (_, request) => review.OnDecide(request));
            tasks.AddActivityFunc<ReviewCommand, CommandOutcome>(ReviewActivities.RunCommand, (_, command) => review.OnCommand(command));
            tasks.AddActivityFunc<RecordRequest, bool>(ReviewActivities.Record, (_, request) =>
            {
                review.OnRecord(request);
                return true;
            });
        });
        engine = new ReviewEngine(host);
        return engine;
    }

    public Task StartReviewAsync() =>
        Client.ScheduleNewOrchestrationInstanceAsync(ReviewOrchestrator.Name, new ReviewLoopInput(ScriptedReview.Reference), new StartOrchestrationOptions(ScriptedReview.Reference));

    public Task ChangedAsync() => Client.RaiseEventAsync(ScriptedReview.Reference, ReviewOrchestrator.ChangedEvent, ScriptedReview.Reference);

    public async Task<OrchestrationMetadata> CompletionAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await Client.WaitForInstanceCompletionAsync(ScriptedReview.Reference, getInputsAndOutputs: true, timeout.Token);
    }

    public async Task<OrchestrationMetadata> InstanceAsync() =>
        await Client.GetInstanceAsync(ScriptedReview.Reference, getInputsAndOutputs: true) ?? throw new InvalidOperationException("The review has no orchestration.");

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
