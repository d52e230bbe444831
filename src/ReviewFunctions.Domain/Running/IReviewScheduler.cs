namespace ReviewFunctions.Domain.Running;

/// <summary>Starts and nudges each review's loop: a Durable orchestration in Azure, an in-process runner locally.</summary>
public interface IReviewScheduler
{
    /// <summary>Makes sure the review's loop is running; starting one that already exists does nothing.</summary>
    Task EnsureRunningAsync(string reference, CancellationToken cancellationToken);

    /// <summary>
    /// Starts the review's loop afresh from its events, replacing an orchestration that failed, was terminated or
    /// completed while the review is unfinished. Only for a loop that is not running.
    /// </summary>
    Task RestartAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Tells a waiting loop that a person recorded something, so it decides again now.</summary>
    Task NotifyChangedAsync(string reference, CancellationToken cancellationToken);
}
