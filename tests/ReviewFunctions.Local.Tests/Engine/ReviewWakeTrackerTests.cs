using ReviewFunctions.Local.Engine;

namespace ReviewFunctions.Local.Tests.Engine;

public sealed class ReviewWakeTrackerTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 8, 9, 0, 0, TimeSpan.Zero);

    private readonly ReviewWakeTracker tracker = new(new FixedClock(Now));

    [Fact]
    public void A_started_review_is_busy_until_it_sleeps()
    {
        tracker.Started("CR-1");
        Assert.Equal(["CR-1"], tracker.Busy());

        Assert.Equal(Now, tracker.Awake("CR-1", null));
        tracker.Asleep("CR-1", Now.AddDays(1));

        Assert.Empty(tracker.Busy());
        Assert.Equal(Now.AddDays(1), tracker.NextWake(Now.AddDays(2)));
        Assert.Null(tracker.NextWake(Now.AddHours(1)));
    }

    [Fact]
    public void A_wake_up_sent_while_the_review_is_mid_round_keeps_it_busy_until_taken()
    {
        tracker.Started("CR-1");
        var change = tracker.Nudged("CR-1");

        // The round that was already under way ends and the review sleeps, but it has not yet seen the change.
        tracker.Asleep("CR-1", Now.AddDays(1));
        Assert.Equal(["CR-1"], tracker.Busy());

        tracker.Awake("CR-1", change);
        Assert.Equal(["CR-1"], tracker.Busy());
        tracker.Asleep("CR-1", Now.AddDays(1));
        Assert.Empty(tracker.Busy());
    }

    [Fact]
    public void A_wake_up_that_carried_the_hosts_now_is_handed_back_when_the_review_sleeps()
    {
        tracker.Started("CR-1");
        tracker.Asleep("CR-1", Now.AddDays(1));
        var wake = tracker.Nudged("CR-1");
        var change = tracker.Nudged("CR-1");

        // It took the wake-up without asking for the time; until it sleeps handing it back, it is busy.
        tracker.Asleep("CR-1", Now.AddDays(1), [wake]);
        Assert.Equal(["CR-1"], tracker.Busy());
        Assert.Null(tracker.NextWake(Now.AddDays(2)));

        tracker.Asleep("CR-1", Now.AddDays(2), [change]);
        Assert.Empty(tracker.Busy());
        Assert.Equal(Now.AddDays(2), tracker.NextWake(Now.AddDays(3)));
    }

    [Fact]
    public void A_new_generation_counts_every_wake_up_sent_before_it_as_taken()
    {
        tracker.Started("CR-1");
        tracker.Asleep("CR-1", Now.AddDays(1));
        tracker.Nudged("CR-1");

        // The generation that took it restarted instead of sleeping, so it never handed it back.
        tracker.Awake("CR-1", null);
        tracker.Asleep("CR-1", Now.AddDays(1), []);
        Assert.Empty(tracker.Busy());
    }

    [Fact]
    public void Reviews_due_at_the_same_instant_are_all_due_together_and_not_twice()
    {
        foreach (var reference in new[] { "CR-2", "CR-1", "CR-3" })
        {
            tracker.Started(reference);
            tracker.Awake(reference, null);
        }

        tracker.Asleep("CR-1", Now.AddHours(1));
        tracker.Asleep("CR-2", Now.AddHours(1));
        tracker.Asleep("CR-3", Now.AddHours(2));

        Assert.Equal(["CR-1", "CR-2"], tracker.DueBy(Now.AddHours(1)));
        tracker.Nudged("CR-1");
        Assert.Equal(["CR-2"], tracker.DueBy(Now.AddHours(1)));
        Assert.Equal(Now.AddHours(1), tracker.NextWake(Now.AddDays(1)));
    }

    [Fact]
    public void A_review_waiting_only_for_a_change_is_never_due_and_an_ended_one_is_forgotten()
    {
        tracker.Started("CR-1");
        tracker.Asleep("CR-1", null);
        Assert.Null(tracker.NextWake(DateTimeOffset.MaxValue));
        Assert.Equal(1, tracker.Count);

        tracker.Nudged("CR-1");
        tracker.Ended("CR-1");
        Assert.Empty(tracker.Busy());
        Assert.Equal(0, tracker.Count);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
