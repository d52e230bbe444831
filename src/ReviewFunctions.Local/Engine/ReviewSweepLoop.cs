using Microsoft.Extensions.Logging;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Local.Hosting;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// The <see cref="ReviewSweeper"/> on the local host, every period of real time as the Functions timer runs it in
/// Azure. With the virtual clock it only restarts stopped orchestrations: the timekeeper wakes every due review itself,
/// and a review waiting for the clock to move is not late.
/// </summary>
public sealed class ReviewSweepLoop(ReviewSweeper sweeper, TimeSpan period, bool virtualClock, ILogger<ReviewSweepLoop> log) : PeriodicSweep(period, log)
{
    /// <summary>As in Azure: longer than a round of activity retries, so a review busy retrying is not woken twice.</summary>
    private static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(15);

    protected override string Name => "review sweep";

    protected override Task SweepOnceAsync(CancellationToken cancellationToken) =>
        sweeper.SweepAsync(virtualClock ? null : LateAfter, cancellationToken);
}
