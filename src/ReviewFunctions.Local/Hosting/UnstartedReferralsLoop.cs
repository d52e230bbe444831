using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Local.Hosting;

/// <summary>
/// Every <paramref name="period"/> of real time, as the <c>FinishUnstartedReferrals</c> timer does in Azure: a referral
/// answered with its reference whose delivery stopped before its review started (the host was stopped just after the
/// answer) is started and acknowledged from the message kept.
/// </summary>
public sealed partial class UnstartedReferralsLoop(IntakePipeline intake, TimeSpan period, ILogger<UnstartedReferralsLoop> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(period);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await intake.Unstarted.FinishAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sweep of unstarted referrals failed ({Error}); it runs again next period.")]
    private partial void LogFailed(string error);
}
