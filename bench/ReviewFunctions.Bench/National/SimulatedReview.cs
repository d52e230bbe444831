using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Bench.National;

/// <summary>
/// One review in the simulation: its event stream, the state folded from it (held, so nothing is replayed), the loop
/// waiting on it, and what the Board's people have planned for it.
/// </summary>
internal sealed class SimulatedReview(ReferralReceived referral, ReviewMix.Share share, Procedure procedure)
{
    public ReferralReceived Referral { get; } = referral;

    public ReviewMix.Share Share { get; } = share;

    public Procedure Procedure { get; } = procedure;

    public string Reference => Referral.Reference;

    public List<ReviewEvent> Events { get; } = [];

    /// <summary>Set when the referral is accepted.</summary>
    public ReviewState State { get; set; } = null!;

    /// <summary>
    /// The engine's schedule as of the last change of facts. What the engine decides (reminders, notices issued) never
    /// moves it, so it is worked out again only when a person or a command records something.
    /// </summary>
    public IReadOnlyList<ScheduledStep> Schedule { get; set; } = [];

    public TimetableRecorder Timetable { get; } = new(referral, procedure);

    public List<SentReminder> Sent { get; } = [];

    /// <summary>The loop's current wait, completed when the clock reaches its wake-up or a person records something.</summary>
    public TaskCompletionSource<WakeReason>? Waiting { get; set; }

    /// <summary>Counts the loop's waits, so a wake-up booked for an earlier wait is recognised as stale.</summary>
    public int Wait { get; set; }

    /// <summary>Set by ContinueAsNew: the loop ends and starts again with this input.</summary>
    public ReviewLoopInput? ContinueWith { get; set; }

    /// <summary>The review's whole life: its loop, restarted after each ContinueAsNew, until the review finishes.</summary>
    public Task? Life { get; set; }

    /// <summary>Step occurrences the Board has already planned for, and when it means to do each.</summary>
    public Dictionary<string, DateTimeOffset> Planned { get; } = new(StringComparer.Ordinal);
}
