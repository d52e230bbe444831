namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>How throttling (429) and brief outages (502, 503, 504) from Graph and SharePoint are retried.</summary>
public sealed class CaseFileRetryOptions
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>First back-off when no Retry-After is given; doubles each retry.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest Retry-After honoured. SharePoint asks for waits of minutes when a tenant is busy; longer than this and
    /// the error surfaces so the orchestration's own retry (with its durable timer) takes over.
    /// </summary>
    public TimeSpan MaxServerDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Performs a wait; replaceable so tests record waits instead of sleeping.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = static (delay, ct) => Task.Delay(delay, ct);
}
