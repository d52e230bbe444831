using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Infrastructure.Mail;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// With the system clock, sends each working morning's digest when the time comes, as the Functions app's timer
/// trigger does in Azure. (With the virtual clock, <see cref="ReviewTimekeeper"/> sends it in its place among the
/// reviews' own instants.)
/// </summary>
public sealed partial class SystemClockDigest(MorningDigestTimes times, ReminderDigestSender digest, TimeProvider clock, ILogger<SystemClockDigest> logger) : BackgroundService
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

            try
            {
                await digest.SendAsync(next, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The reminders stay queued; tomorrow's digest carries them.
                LogDigestFailed(e.GetType().Name);
            }

            next = times.After(next);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The morning digest failed ({Error}); its reminders go in the next one.")]
    private partial void LogDigestFailed(string error);
}
