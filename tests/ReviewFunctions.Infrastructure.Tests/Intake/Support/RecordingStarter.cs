using System.Collections.Concurrent;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Infrastructure.Tests.Intake.Support;

/// <summary>A review starter that keeps every referral it is given and, like the real one, starts each reference once.</summary>
internal sealed class RecordingStarter : IReviewStarter
{
    private readonly ConcurrentDictionary<string, ReferralReceived> _started = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReferralReceived> _calls = new();

    /// <summary>Set to make the next calls fail, as a crash between allocating a reference and starting would.</summary>
    public int FailNext { get; set; }

    public Rejection? Reject { get; set; }

    public IReadOnlyDictionary<string, ReferralReceived> Started => _started;

    public IReadOnlyList<ReferralReceived> Calls => [.. _calls];

    public Task<ReviewStartResult> StartAsync(ReferralReceived referral, Actor? startedBy, CancellationToken cancellationToken)
    {
        _calls.Enqueue(referral);
        if (FailNext > 0)
        {
            FailNext--;
            throw new InvalidOperationException("The orchestration service did not answer.");
        }

        if (Reject is not null)
        {
            return Task.FromResult(new ReviewStartResult(false, false, Reject));
        }

        var first = _started.TryAdd(referral.Reference, referral);
        return Task.FromResult(new ReviewStartResult(first, !first, null));
    }
}
