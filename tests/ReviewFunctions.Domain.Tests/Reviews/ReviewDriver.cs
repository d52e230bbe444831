using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Tests.Reviews;

/// <summary>Plays the host's part in tests: records events, asks the engine what to do, and keeps the whole history.</summary>
internal sealed class ReviewDriver
{
    private readonly ReviewEngine engine;

    public ReviewDriver(ReviewEngine engine, ReferralReceived referral)
    {
        this.engine = engine;
        var (state, rejection) = engine.Start(referral);
        Assert.Null(rejection);
        State = state!;
        History.Add(referral);
    }

    public ReviewState State { get; private set; }

    public List<ReviewEvent> History { get; } = [];

    public List<(DateTimeOffset At, ReviewCommand Command)> Commands { get; } = [];

    public ReviewEngine Engine => engine;

    public Rejection? Record(ReviewEvent e)
    {
        var (state, recorded, rejection) = engine.Apply(State, e);
        if (recorded is not null)
        {
            History.Add(recorded);
        }

        State = state;
        return rejection;
    }

    public void RecordOk(ReviewEvent e) => Assert.Null(Record(e));

    public NextActions Decide(DateTimeOffset now)
    {
        var next = engine.Decide(State, now);
        foreach (var e in next.Events)
        {
            State = engine.Evolve(State, e);
            History.Add(e);
        }

        Commands.AddRange(next.Commands.Select(c => (now, c)));
        return next;
    }

    /// <summary>Wakes the review at every instant it asks for, as a host's timer would, until <paramref name="until"/>.</summary>
    public void RunUntil(DateTimeOffset from, DateTimeOffset until)
    {
        var now = from;
        while (true)
        {
            var next = Decide(now);
            if (next.NextWake is not { } wake || wake > until)
            {
                return;
            }

            Assert.True(wake > now, $"The engine asked to wake at {wake:O}, not after {now:O}.");
            now = wake;
        }
    }

    public ScheduledStep Step(string id, int occurrence = 1) =>
        engine.Schedule(State).Single(s => s.Id == id && s.Occurrence == occurrence);

    public IEnumerable<T> CommandsOf<T>()
        where T : ReviewCommand => Commands.Select(c => c.Command).OfType<T>();
}
