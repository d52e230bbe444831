using System.Diagnostics;
using DurableTask.Core;
using Microsoft.Extensions.Hosting;
using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// Keeps the local host's time. With the virtual clock it moves time forward one due instant at a time across every
/// review and the morning digest, waking the reviews due at each instant and waiting until all of them have done what
/// was due before going on, so a year of a Board's reviews can be rehearsed in minutes in the order it would happen.
/// </summary>
public sealed class ReviewTimekeeper(
    LocalEngine engine,
    EngineReviewScheduler scheduler,
    ReviewWakeTracker tracker,
    IntakePipeline intake,
    MorningDigestTimes digestTimes,
    MorningDigestRound digest,
    TimeProvider clock,
    IHostApplicationLifetime lifetime) : IDisposable
{
    /// <summary>How often a review that stays busy is checked for having ended (finished, failed or terminated).</summary>
    private static readonly TimeSpan EndCheckInterval = TimeSpan.FromMilliseconds(500);

    private readonly SemaphoreSlim advancing = new(1, 1);
    private DateTimeOffset? nextDigest;

    public bool IsVirtual => clock is VirtualClock;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>How many review orchestrations are running.</summary>
    public int Running => tracker.Count;

    /// <summary>Moves the virtual clock to <paramref name="to"/>, acting at every instant due on the way, in order.</summary>
    /// <remarks>
    /// Stopping the host (Ctrl+C) stops an advance at once, between two instants or mid-instant: the clock is saved at
    /// the instant reached, and the next start wakes every review at it, so whatever was due there is still done.
    /// </remarks>
    public async Task AdvanceAsync(DateTimeOffset to, CancellationToken cancellationToken)
    {
        var virtualClock = clock as VirtualClock ?? throw new InvalidOperationException("The clock is the system clock; it cannot be moved.");
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        cancellationToken = stopping.Token;
        await advancing.WaitAsync(cancellationToken);
        try
        {
            await WaitUntilQuietAsync(cancellationToken);
            nextDigest ??= digestTimes.AtOrAfter(virtualClock.GetUtcNow());
            while (true)
            {
                var review = tracker.NextWake(to);
                var morning = nextDigest <= to ? nextDigest : null;
                if (review is null && morning is null)
                {
                    break;
                }

                // Reviews first at a shared instant: the digest must see every reminder due at or before it.
                var instant = review is { } r && (morning is null || r <= morning) ? r : morning!.Value;
                virtualClock.MoveTo(instant > virtualClock.GetUtcNow() ? instant : virtualClock.GetUtcNow());
                if (review == instant)
                {
                    foreach (var reference in tracker.DueBy(instant))
                    {
                        await scheduler.WakeAsync(reference);
                    }

                    await WaitUntilQuietAsync(cancellationToken);
                    continue;
                }

                await digest.SendAsync(instant, cancellationToken);
                nextDigest = digestTimes.After(instant);
            }

            virtualClock.MoveTo(to);
        }
        finally
        {
            advancing.Release();
        }
    }

    /// <summary>
    /// Waits until every review is asleep with nothing left to take, or has ended, and no referral answered with its
    /// reference is still starting its review or acknowledging its sender.
    /// </summary>
    public async Task WaitUntilQuietAsync(CancellationToken cancellationToken)
    {
        var sinceCheck = Stopwatch.StartNew();
        while (intake.IsFinishingAnswered || tracker.Busy() is { Count: > 0 })
        {
            // Not while intake is starting a review: between the tracker hearing of it and its orchestration being
            // created, the review would look ended and be forgotten, and the host would call itself quiet too soon.
            var busy = tracker.Busy();
            if (sinceCheck.Elapsed >= EndCheckInterval && !intake.IsFinishingAnswered)
            {
                await ForgetEndedAsync(busy);
                sinceCheck.Restart();
            }

            await Task.Delay(10, cancellationToken);
        }
    }

    public void Dispose() => advancing.Dispose();

    private async Task ForgetEndedAsync(IEnumerable<string> busy)
    {
        foreach (var reference in busy)
        {
            if (await engine.StateAsync(reference) is not { } state ||
                state.OrchestrationStatus is OrchestrationStatus.Completed or OrchestrationStatus.Failed or OrchestrationStatus.Terminated or OrchestrationStatus.Canceled)
            {
                tracker.Ended(reference);
            }
        }
    }
}
