using Microsoft.Extensions.Logging;

namespace ReviewFunctions.Infrastructure.Health;

/// <summary>
/// Runs the dependency checks in parallel, each with its own time limit, for the health route. Whatever a check throws
/// becomes a fixed reason; the exception's type (not its message, which may name an account or carry a secret) is
/// logged so an operator can follow it up.
/// </summary>
public sealed class HealthChecks(IEnumerable<IDependencyCheck> checks, ILogger<HealthChecks> logger)
{
    /// <summary>A probe gives up on the app after a few seconds, so the answer must come sooner than that.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(4);

    private readonly IReadOnlyList<IDependencyCheck> _checks = [.. checks];

    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <param name="alsoCheck">Checks that exist only for this call, such as the task hub over a Durable client binding.</param>
    public async Task<DependencyReport> CheckAsync(IEnumerable<IDependencyCheck> alsoCheck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alsoCheck);
        IDependencyCheck[] all = [.. _checks, .. alsoCheck];
        var statuses = await Task.WhenAll(all.Select(c => CheckOneAsync(c, cancellationToken)));
        var report = new OrderedDictionary<string, DependencyStatus>(StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            report.Add(all[i].Name, statuses[i]);
        }

        return new DependencyReport(report);
    }

    public Task<DependencyReport> CheckAsync(CancellationToken cancellationToken) => CheckAsync([], cancellationToken);

    private async Task<DependencyStatus> CheckOneAsync(IDependencyCheck check, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            // On the thread pool, so a check that blocks before its first await cannot hold up the others; WaitAsync as
            // well as the token, so a client that ignores cancellation cannot hold the probe's answer.
            var status = await Task.Run(() => check.CheckAsync(limit.Token), limit.Token).WaitAsync(Timeout, cancellationToken);
            if (status.IsFailing)
            {
                logger.LogWarning("Health: {Dependency} is failing ({Reason}).", check.Name, status.Reason);
            }

            return status;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = e is TimeoutException or OperationCanceledException ? HealthReason.TimedOut : FailureReasons.For(e);
            logger.LogWarning("Health: {Dependency} is failing ({Reason}; {ExceptionType}).", check.Name, reason.Text, e.GetType().FullName);
            return DependencyStatus.Failing(reason);
        }
    }
}
