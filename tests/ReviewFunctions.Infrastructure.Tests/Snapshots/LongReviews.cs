using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Tests.Snapshots;

/// <summary>Histories as long as years of wakes leave them, made by the engine so every event is one it would accept.</summary>
internal static class LongReviews
{
    public static readonly DateTimeOffset Received = new(2027, 2, 8, 10, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// At least <paramref name="count"/> events of a Serious Case Review: the referral, then each day everything the
    /// engine decided that day and one person joining or leaving the review. It stops only at the end of a day, so a
    /// decision at the last event's instant has nothing left to record.
    /// </summary>
    public static List<ReviewEvent> History(ReviewEngine engine, string reference, int count)
    {
        List<ReviewEvent> history = [new ReferralReceived(Received, reference, "scr", Nation.England, new DateOnly(2027, 2, 6), null, ["Police", "Health"], "intake")];
        var state = engine.Replay(history);
        for (var day = 1; history.Count < count; day++)
        {
            var now = Received.AddDays(day);
            foreach (var e in engine.Decide(state, now).Events)
            {
                state = engine.Evolve(state, e);
                history.Add(e);
            }

            var (next, joinedOrLeft) = JoinOrLeave(engine, state, now, day);
            state = next;
            history.Add(joinedOrLeft);
        }

        return history;
    }

    /// <summary><paramref name="count"/> more people joining or leaving the review at <paramref name="at"/>.</summary>
    public static List<ReviewEvent> Comings(ReviewEngine engine, ReviewState state, DateTimeOffset at, int count)
    {
        var events = new List<ReviewEvent>();
        for (var n = 0; n < count; n++)
        {
            (state, var e) = JoinOrLeave(engine, state, at, n);
            events.Add(e);
        }

        return events;
    }

    /// <summary>One of seven people joins the review, or leaves it if already on it: always accepted.</summary>
    private static (ReviewState State, ReviewEvent Event) JoinOrLeave(ReviewEngine engine, ReviewState state, DateTimeOffset at, int n)
    {
        var email = $"member{n % 7}@board.example";
        ReviewEvent e = state.Members.Any(m => m.Email == email)
            ? new MemberRemoved(at, email, "panel-chair", "bm@board.example")
            : new MemberAdded(at, email, "panel-chair", "bm@board.example");
        var (next, recorded, rejection) = engine.Apply(state, e);
        Assert.Null(rejection);
        return (next, recorded!);
    }
}
