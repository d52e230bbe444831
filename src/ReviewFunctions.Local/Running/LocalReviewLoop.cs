using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Local.Running;

/// <summary>
/// One review's loop on the local host: the same <see cref="ReviewLoop"/> the Durable orchestration runs, with the
/// review service and command runners called in-process and waits handled by <see cref="LocalReviewRunner"/>.
/// </summary>
/// <summary>
/// Something on the local host that sleeps until a change or an instant: waits are handed to
/// <see cref="LocalReviewRunner"/>, which wakes it on a real timer or, with a virtual clock, as time is moved.
/// </summary>
internal abstract class LocalTimedLoop(string name, LocalReviewRunner runner)
{
    private readonly Lock gate = new();
    private TaskCompletionSource<WakeReason>? waiting;
    private bool changedWhileBusy;

    public string Name => name;

    public DateTimeOffset? WakeAt { get; private set; }

    public bool IsWaiting
    {
        get
        {
            lock (gate)
            {
                return waiting is not null;
            }
        }
    }

    protected LocalReviewRunner Runner => runner;

    public abstract Task RunAsync();

    public Task<WakeReason> WaitAsync(DateTimeOffset? wakeAt)
    {
        lock (gate)
        {
            if (changedWhileBusy)
            {
                changedWhileBusy = false;
                return Task.FromResult(WakeReason.Changed);
            }

            WakeAt = wakeAt;
            waiting = new TaskCompletionSource<WakeReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        runner.LoopWaits(this);
        return waiting.Task;
    }

    /// <summary>Something changed: wake now, or as soon as the loop next waits.</summary>
    public void Changed()
    {
        if (!Wake(WakeReason.Changed))
        {
            lock (gate)
            {
                changedWhileBusy = true;
            }
        }
    }

    /// <summary>Wakes the loop if it is waiting; false if it was busy.</summary>
    public bool Wake(WakeReason reason)
    {
        TaskCompletionSource<WakeReason>? wake;
        lock (gate)
        {
            wake = waiting;
            waiting = null;
            WakeAt = null;
        }

        if (wake is null)
        {
            return false;
        }

        runner.LoopWakes(this);
        wake.SetResult(reason);
        return true;
    }
}

internal sealed class LocalReviewLoop(string reference, LocalReviewRunner runner, ReviewService reviews, ReviewCommandDispatcher commands, TimeProvider clock)
    : LocalTimedLoop(reference, runner), IReviewRuntime
{
    /// <summary>A second try at once covers a passing fault; anything longer is the decider's job (it asks again later).</summary>
    private const int CommandAttempts = 2;

    private ReviewLoopInput? restartWith;

    public string Reference => Name;

    public ReviewSummary? LastSummary { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Runs the review until it finishes, restarting with fresh input whenever the loop asks to.</summary>
    public override async Task RunAsync()
    {
        var input = new ReviewLoopInput(Name);
        while (true)
        {
            restartWith = null;
            await ReviewLoop.RunAsync(this, input);
            if (restartWith is null)
            {
                return;
            }

            input = restartWith;
        }
    }

    public Task<DecideOutcome> DecideAsync(string reviewReference, DateTimeOffset now) =>
        reviews.DecideAsync(reviewReference, now, CancellationToken.None);

    public async Task<CommandOutcome> RunAsync(ReviewCommand command)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await commands.RunAsync(command, CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (attempt >= CommandAttempts)
                {
                    Runner.CommandFailed(Name, command, e);
                    return CommandOutcome.Failure;
                }
            }
        }
    }

    public Task RecordAsync(string reviewReference, IReadOnlyList<ReviewEvent> events) =>
        reviews.RecordObservedAsync(reviewReference, events, CancellationToken.None);

    public void ReportStatus(ReviewSummary summary) => LastSummary = summary;

    public void ContinueAsNew(ReviewLoopInput input) => restartWith = input;
}
