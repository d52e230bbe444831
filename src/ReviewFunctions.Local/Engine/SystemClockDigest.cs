using Microsoft.Extensions.Hosting;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// With the system clock, sends each working morning's digest when the time comes, as the Functions app's timer
/// trigger does in Azure. (With the virtual clock, <see cref="ReviewTimekeeper"/> sends it in its place among the
/// reviews' own instants.)
/// </summary>
public sealed class SystemClockDigest(MorningDigestTimes times, MorningDigestRound digest, TimeProvider clock) : BackgroundService
{
    /// <summary>Task.Delay cannot wait months; a long weekend is re-armed daily.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var next = times.AtOrAfter(clock.GetUtcNow());
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = next - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait < LongestWait ? wait : LongestWait, clock, stoppingToken);
                continue;
            }

            await digest.SendAsync(next, stoppingToken);
            next = times.After(next);
        }
    }
}
