using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReviewFunctions.Local.Hosting;

/// <summary>
/// A pass over the host's work every <paramref name="period"/> of real time, as a timer function runs it in Azure. One
/// failed pass (storage busy, the engine restarting) is logged by its type and the next period tries again.
/// </summary>
public abstract partial class PeriodicSweep(TimeSpan period, ILogger log) : BackgroundService
{
    /// <summary>What the pass is called in the log, e.g. "review sweep".</summary>
    protected abstract string Name { get; }

    protected abstract Task SweepOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(period);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await SweepOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(log, Name, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Sweep} failed ({Error}); it runs again next period.")]
    private static partial void LogFailed(ILogger log, string sweep, string error);
}
