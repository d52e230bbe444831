using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Reviews;

/// <summary>
/// How a review orchestration knows what time it is and sleeps until its next due instant. In Azure that is the
/// orchestration's own clock and a durable timer (<see cref="DurableTimerAlarm"/>); a host that moves time itself (the
/// local host's virtual clock) wakes reviews with an event instead, because durable timers fire at real time.
/// </summary>
public interface IReviewAlarm
{
    /// <summary>The replay-safe now the review decides at.</summary>
    DateTimeOffset Now { get; }

    /// <summary>Called once as each generation of the orchestration starts, before the first decision.</summary>
    Task StartAsync();

    /// <summary>Sleeps until <paramref name="wakeAt"/> or until someone records a change, whichever is first.</summary>
    Task<WakeReason> WaitAsync(DateTimeOffset? wakeAt);
}
