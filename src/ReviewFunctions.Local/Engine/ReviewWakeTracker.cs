namespace ReviewFunctions.Local.Engine;

/// <summary>
/// What the local host knows of each review orchestration between its rounds: asleep (and until when) or busy, and
/// which of the wake-ups it was sent it has not yet taken. The orchestrations tell it through <see cref="LocalAlarm"/>
/// (an activity as a generation starts, directly as they sleep); the host reads it to move the virtual clock one due instant at a time and to know when
/// everything due has been done.
/// </summary>
public sealed class ReviewWakeTracker(TimeProvider clock)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, ReviewState> reviews = new(StringComparer.Ordinal);

    /// <summary>How many reviews the host knows to be running.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return reviews.Count;
            }
        }
    }

    /// <summary>A review's orchestration has been started: busy until it first sleeps.</summary>
    public void Started(string reference)
    {
        lock (gate)
        {
            reviews[reference] = new ReviewState();
        }
    }

    /// <summary>A wake-up is about to be sent to the review: busy until it has taken it and slept again.</summary>
    public string Nudged(string reference)
    {
        var nudge = Guid.NewGuid().ToString("N");
        lock (gate)
        {
            var review = Get(reference);
            review.Untaken.Add(nudge);
            review.WakeAt = null;
        }

        return nudge;
    }

    /// <summary>
    /// The review woke for <paramref name="nudge"/> (a wake-up without the host's now), or a generation of its
    /// orchestration starts (null), and is deciding; answers the host's now. A generation starts after the last one
    /// restarted instead of sleeping, so it never handed back the wake-ups it took: they are all taken now. One it did
    /// not take is carried into this generation, which takes it as soon as it sleeps and decides again.
    /// </summary>
    public DateTimeOffset Awake(string reference, string? nudge)
    {
        lock (gate)
        {
            var review = Get(reference);
            review.Asleep = false;
            review.WakeAt = null;
            if (nudge is null)
            {
                review.Untaken.Clear();
            }
            else
            {
                review.Untaken.Remove(nudge);
            }

            return clock.GetUtcNow();
        }
    }

    /// <summary>
    /// The review has done its round and sleeps until <paramref name="wakeAt"/> (or a change, when null), having taken
    /// the wake-ups in <paramref name="took"/>.
    /// </summary>
    public void Asleep(string reference, DateTimeOffset? wakeAt, IReadOnlyList<string>? took = null)
    {
        lock (gate)
        {
            var review = Get(reference);
            foreach (var nudge in took ?? [])
            {
                review.Untaken.Remove(nudge);
            }

            review.Asleep = true;
            review.WakeAt = wakeAt;
        }
    }

    /// <summary>The review's orchestration has ended (finished, failed or terminated): nothing more to wait for.</summary>
    public void Ended(string reference)
    {
        lock (gate)
        {
            reviews.Remove(reference);
        }
    }

    /// <summary>The reviews still working on something: not yet asleep, or with a wake-up they have not taken.</summary>
    public IReadOnlyList<string> Busy()
    {
        lock (gate)
        {
            return [.. reviews.Where(r => !r.Value.IsQuiet).Select(r => r.Key)];
        }
    }

    /// <summary>The earliest instant, no later than <paramref name="limit"/>, at which a sleeping review is due to wake.</summary>
    public DateTimeOffset? NextWake(DateTimeOffset limit)
    {
        lock (gate)
        {
            var due = reviews.Values.Where(r => r.IsQuiet && r.WakeAt <= limit).Select(r => r.WakeAt!.Value).ToList();
            return due.Count > 0 ? due.Min() : null;
        }
    }

    /// <summary>The sleeping reviews due to wake at or before <paramref name="instant"/>.</summary>
    public IReadOnlyList<string> DueBy(DateTimeOffset instant)
    {
        lock (gate)
        {
            return [.. reviews.Where(r => r.Value.IsQuiet && r.Value.WakeAt <= instant).Select(r => r.Key).Order(StringComparer.Ordinal)];
        }
    }

    private ReviewState Get(string reference)
    {
        if (!reviews.TryGetValue(reference, out var review))
        {
            review = new ReviewState();
            reviews[reference] = review;
        }

        return review;
    }

    private sealed class ReviewState
    {
        public bool Asleep { get; set; }

        public DateTimeOffset? WakeAt { get; set; }

        public HashSet<string> Untaken { get; } = new(StringComparer.Ordinal);

        public bool IsQuiet => Asleep && Untaken.Count == 0;
    }
}
