using Microsoft.Extensions.Logging;
using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Local.Hosting;

/// <summary>
/// Every period of real time, as the <c>FinishUnstartedReferrals</c> timer does in Azure: a referral answered with its
/// reference whose delivery stopped before its review started (the host was stopped just after the answer) is started
/// and acknowledged from the message kept.
/// </summary>
public sealed class UnstartedReferralsLoop(IntakePipeline intake, TimeSpan period, ILogger<UnstartedReferralsLoop> log) : PeriodicSweep(period, log)
{
    protected override string Name => "sweep of unstarted referrals";

    protected override Task SweepOnceAsync(CancellationToken cancellationToken) => intake.Unstarted.FinishAsync(cancellationToken);
}
