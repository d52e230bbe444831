using System.Collections.Concurrent;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Reviews;

namespace ReviewFunctions.Tests.Orchestration;

/// <summary>
/// What the review's activities answer in these tests, written as a script: the decide activity answers from
/// <see cref="Decide"/>, a command from <see cref="RunCommand"/>. It keeps every call the engine made, so a test can
/// tell a decision missed, an event lost or an activity run twice.
/// </summary>
internal sealed class ScriptedReview
{
    private readonly ConcurrentQueue<DecideRequest> decisions = new();
    private readonly ConcurrentQueue<ReviewCommand> commands = new();
    private readonly ConcurrentQueue<RecordRequest> records = new();
    private readonly Lock signal = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public const string Reference = "CR-2027-0004";

    /// <summary>Answers the n-th decision (counting from 1).</summary>
    public required Func<DecideRequest, int, DecideOutcome> Decide { get; init; }

    public Func<ReviewCommand, int, CommandOutcome> RunCommand { get; init; } = (_, _) => CommandOutcome.Nothing;

    public IReadOnlyList<DecideRequest> Decisions => [.. decisions];

    public IReadOnlyList<ReviewCommand> Commands => [.. commands];

    public IReadOnlyList<RecordRequest> Records => [.. records];

    public static ReviewSummary Summary(string stage = "referral", bool finished = false) =>
        new(Reference, "scr", "england", stage, "agency-request", "2027-02-09", 0, null, finished);

    public static DecideOutcome WakeAt(DateTimeOffset? wake, params ReviewCommand[] commands) =>
        new([.. commands, new UpdateStatus(Reference, Summary())], wake, Summary(), false);

    public static DecideOutcome Finished() =>
        new([new UpdateStatus(Reference, Summary("finished", true)), new CompleteReview(Reference, "The Board signed off the action plan.")], null, Summary("finished", true), true);

    public DecideOutcome OnDecide(DecideRequest request)
    {
        decisions.Enqueue(request);
        var outcome = Decide(request, decisions.Count);
        Changed();
        return outcome;
    }

    public CommandOutcome OnCommand(ReviewCommand command)
    {
        commands.Enqueue(command);
        try
        {
            return RunCommand(command, commands.Count);
        }
        finally
        {
            Changed();
        }
    }

    public void OnRecord(RecordRequest request)
    {
        records.Enqueue(request);
        Changed();
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing the test after <paramref name="limit"/>.</summary>
    public async Task WaitUntilAsync(Func<ScriptedReview, bool> condition, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (!condition(this))
        {
            Task next;
            lock (signal)
            {
                next = changed.Task;
            }

            if (condition(this))
            {
                return;
            }

            await next.WaitAsync(timeout.Token);
        }
    }

    private void Changed()
    {
        lock (signal)
        {
            changed.TrySetResult();
            changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
