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

    /// <summary>Set to hold every start until it completes, to see what happens before a review has started.</summary>
    public Task? Hold { get; set; }

    /// <summary>Who each started review was started by, by reference.</summary>
    public ConcurrentDictionary<string, Actor?> StartedBy { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ReferralReceived> Started => _started;

    public IReadOnlyList<ReferralReceived> Calls => [.. _calls];

    public async Task<ReviewStartResult> StartAsync(ReferralReceived referral, Actor? startedBy, CancellationToken cancellationToken)
    {
        if (Hold is { } hold)
        {
            await hold;
        }

        _calls.Enqueue(referral);
        if (FailNext > 0)
        {
            FailNext--;
            throw new InvalidOperationException("The orchestration service did not answer.");
        }

        if (Reject is not null)
        {
            return new ReviewStartResult(false, false, Reject);
        }

        var first = _started.TryAdd(referral.Reference, referral);
        if (first)
        {
            StartedBy[referral.Reference] = startedBy;
        }

        return new ReviewStartResult(first, !first, null);
    }
}
