using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Running;

/// <summary>What the decide activity answers: the commands to run, when to wake next, and the summary to show.</summary>
public sealed record DecideOutcome(IReadOnlyList<ReviewCommand> Commands, DateTimeOffset? NextWake, ReviewSummary Summary, bool Finished);

/// <summary>
/// What a command observed, as events to record (empty when there is nothing to report). <see cref="Failed"/> means it
/// could not be carried out even after its retries; the decider asks for it again later.
/// </summary>
public sealed record CommandOutcome(IReadOnlyList<ReviewEvent> Events, bool Failed = false)
{
    public static readonly CommandOutcome Nothing = new([]);

    public static readonly CommandOutcome Failure = new([], Failed: true);
}
