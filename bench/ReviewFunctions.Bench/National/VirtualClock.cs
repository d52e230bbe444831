namespace ReviewFunctions.Bench.National;

/// <summary>
/// The simulation's one clock: every review's wake-ups and every person's action wait in one queue, taken in order of
/// their instant (in the order they were booked when two share one), and the clock jumps to each as it is taken.
/// </summary>
internal sealed class VirtualClock(DateTimeOffset start)
{
    private readonly PriorityQueue<Appointment, (long Ticks, long Booked)> queue = new();
    private long booked;

    public DateTimeOffset Now { get; private set; } = start;

    /// <summary>Books <paramref name="appointment"/> at <paramref name="instant"/>; one in the past is kept now, never earlier.</summary>
    public void Book(DateTimeOffset instant, Appointment appointment) =>
        queue.Enqueue(appointment, ((instant > Now ? instant : Now).UtcTicks, booked++));

    public bool TryNext(out Appointment appointment)
    {
        if (!queue.TryDequeue(out appointment!, out var when))
        {
            return false;
        }

        Now = new DateTimeOffset(when.Ticks, TimeSpan.Zero);
        return true;
    }
}

/// <summary>Something that happens to one review at an instant.</summary>
internal abstract record Appointment(SimulatedReview Review);

/// <summary>The referral reaches the Board: the review starts and its loop runs.</summary>
internal sealed record ReferralArrives(SimulatedReview Review) : Appointment(Review);

/// <summary>The instant a waiting loop asked to be woken at; stale once the loop has woken for something else since.</summary>
internal sealed record WakeUp(SimulatedReview Review, int Wait) : Appointment(Review);

/// <summary>One of the Board's people does something on the review.</summary>
internal sealed record PersonActs(SimulatedReview Review, BoardAction Action) : Appointment(Review);
