using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Infrastructure.Orchestrations;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// The <see cref="ReviewSweeper"/> on the local host, every <paramref name="period"/> of real time as the Functions
/// timer runs it in Azure. With the virtual clock it only restarts stopped orchestrations: the timekeeper wakes every
/// due review itself, and a review waiting for the clock to move is not late.
/// </summary>
public sealed partial class ReviewSweepLoop(ReviewSweeper sweeper, TimeSpan period, bool virtualClock, ILogger<ReviewSweepLoop> log) : BackgroundService
{
    /// <summary>As in Azure: longer than a round of activity retries, so a review busy retrying is not woken twice.</summary>
    private static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(period);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await sweeper.SweepAsync(virtualClock ? null : LateAfter, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next period tries again; one failed sweep (storage busy, engine restarting) must not stop them all.
                LogFailed(e.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The review sweep failed ({Error}); it runs again next period.")]
    private partial void LogFailed(string error);
}
