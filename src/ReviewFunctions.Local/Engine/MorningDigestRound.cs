using Microsoft.Extensions.Logging;
using ReviewFunctions.Infrastructure.Mail;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// Sends one morning's digest for whichever clock is due it (<see cref="ReviewTimekeeper"/> with the virtual clock,
/// <see cref="SystemClockDigest"/> with the system clock). A failure is logged and not passed on: the reminders stay
/// queued, and the next working morning's digest carries them.
/// </summary>
public sealed partial class MorningDigestRound(ReminderDigestSender digest, ILogger<MorningDigestRound> logger)
{
    public async Task SendAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        try
        {
            await digest.SendAsync(instant, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogDigestFailed(e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The morning digest failed ({Error}); its reminders go in the next one.")]
    private partial void LogDigestFailed(string error);
}
