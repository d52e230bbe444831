using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Running;

/// <summary>
/// What a host gives the review loop: a replay-safe clock, a way to wait, and activities that do the I/O.
/// In Azure it is the Durable orchestration context; locally, an in-process runner with a movable clock.
/// </summary>
public interface IReviewRuntime
{
    /// <summary>The host's replay-safe notion of now.</summary>
    DateTimeOffset Now { get; }

    /// <summary>Waits until the review changes (a person recorded something) or <paramref name="wakeAt"/> comes, whichever is first.</summary>
    Task<WakeReason> WaitAsync(DateTimeOffset? wakeAt);

    /// <summary>
    /// Reads the review, records what the last round's commands <paramref name="observed"/> (leaving out any the review
    /// no longer accepts), decides at <paramref name="now"/>, records what was decided, and answers with the commands.
    /// </summary>
    Task<DecideOutcome> DecideAsync(string reference, DateTimeOffset now, IReadOnlyList<ReviewEvent> observed);

    /// <summary>Carries out one command (with the host's retry policy) and returns what it observed, e.g. a notice sent.</summary>
    Task<CommandOutcome> RunAsync(ReviewCommand command);

    /// <summary>Records what the commands of a review's last round observed, when no decision follows to record it.</summary>
    Task RecordAsync(string reference, IReadOnlyList<ReviewEvent> events);

    /// <summary>Shows the review's summary where administrators look (the portal's custom status).</summary>
    void ReportStatus(ReviewSummary summary);

    /// <summary>Restarts the loop with fresh history; the review itself lives in its events, not in the loop.</summary>
    void ContinueAsNew(ReviewLoopInput input);
}

public enum WakeReason
{
    Changed,
    Timer,
}
