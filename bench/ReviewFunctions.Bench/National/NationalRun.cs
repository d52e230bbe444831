using ReviewFunctions.Bench.Running;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Bench.National;

/// <summary>
/// The discrete-event simulation: every review's loop on <see cref="ReviewLoop"/> over an in-memory runtime, the Board's
/// people acting at their planned instants, all on one virtual clock and one thread. When a review finishes, its
/// timetable goes to the oracle, what was sent is compared with what was owed, and its events are counted and let go.
/// </summary>
internal sealed class NationalRun
{
    private readonly ReviewEngine engine;
    private readonly VirtualClock clock;
    private readonly Board board;
    private readonly ReminderOracle oracle;
    private readonly IReadOnlyList<SimulatedReview> reviews;

    public NationalRun(ReviewEngine engine, int reviewCount, int seed)
    {
        this.engine = engine;
        var random = new Random(seed);
        var referrals = Referrals.Sample(reviewCount, random, engine.Deadlines.Calendar);
        clock = new VirtualClock(referrals[0].Referral.At);
        board = new Board(new BoardTiming(random, engine.Deadlines.Calendar), (review, at, action) => clock.Book(at, new PersonActs(review, action)));
        oracle = new ReminderOracle(engine.Deadlines.Calendar);
        reviews = [.. referrals.Select(r => new SimulatedReview(r.Referral, r.Share, engine.Catalogue.Get(r.Referral.Kind)))];
        foreach (var review in reviews)
        {
            clock.Book(review.Referral.At, new ReferralArrives(review));
        }
    }

    public NationalTally Tally { get; } = new();

    public DateTimeOffset FirstReferral => reviews[0].Referral.At;

    public DateTimeOffset LastInstant => clock.Now;

    public void Run()
    {
        while (clock.TryNext(out var appointment))
        {
            var review = appointment.Review;
            if (review.Life is { IsCompleted: true })
            {
                continue;
            }

            switch (appointment)
            {
                case ReferralArrives:
                    Start(review);
                    break;
                case WakeUp wake when wake.Wait == review.Wait && review.Waiting is { } waiting:
                    Tally.Wakes++;
                    review.Waiting = null;
                    waiting.SetResult(WakeReason.Timer);
                    break;
                case PersonActs person:
                    Act(review, person.Action);
                    break;
                default:
                    continue;
            }

            AfterTheLoopRan(review);
        }

        if (reviews.FirstOrDefault(r => r.Life is not { IsCompleted: true }) is { } stuck)
        {
            throw new BenchFailedException($"{stuck.Reference} ({stuck.Referral.Kind}, {stuck.Referral.Nation}) never finished; still open: {string.Join(", ", stuck.Timetable.OpenSteps)}.");
        }
    }

    private void Start(SimulatedReview review)
    {
        var (state, rejection) = engine.Start(review.Referral);
        review.State = state ?? throw new BenchFailedException($"{review.Reference}: the engine refused the referral: {rejection!.Message}");
        review.Events.Add(review.Referral);
        Changed(review);
        board.Arrived(review, clock.Now);
        review.Life = LiveAsync(review, new InMemoryRuntime(review, engine, clock, Tally, Changed));
    }

    /// <summary>The review's loop, started again with the input it hands on each time it continues as new.</summary>
    private static async Task LiveAsync(SimulatedReview review, IReviewRuntime runtime)
    {
        var input = new ReviewLoopInput(review.Reference);
        while (true)
        {
            review.ContinueWith = null;
            await ReviewLoop.RunAsync(runtime, input);
            if (review.ContinueWith is not { } next)
            {
                return;
            }

            input = next;
        }
    }

    /// <summary>A person's events go through the engine's checks, as the API's do; a refusal is the bench's failure.</summary>
    private void Act(SimulatedReview review, BoardAction action)
    {
        var events = board.Act(review, action, clock.Now);
        if (events.Count == 0)
        {
            return;
        }

        foreach (var e in events)
        {
            var (state, recorded, rejection) = engine.Apply(review.State, e);
            if (recorded is null)
            {
                throw new BenchFailedException(
                    $"{review.Reference} ({review.Referral.Kind}, {review.Referral.Nation}): the engine refused the Board's {ReviewJson.TypeOf(e)} ({action.Move} {action.Step}) at {clock.Now:O}: {rejection!.Message}");
            }

            review.State = state;
            review.Events.Add(recorded);
        }

        Tally.PersonEvents += events.Count;
        Changed(review);
        if (review.Waiting is { } waiting)
        {
            review.Waiting = null;
            waiting.SetResult(WakeReason.Changed);
        }
    }

    /// <summary>After any change of facts: the timetable is brought up to date and the Board plans for newly open steps.</summary>
    private void Changed(SimulatedReview review)
    {
        review.Schedule = engine.Schedule(review.State);
        review.Timetable.Observe(review.Schedule, clock.Now);
        board.Plan(review, review.Schedule, clock.Now);
    }

    private void AfterTheLoopRan(SimulatedReview review)
    {
        switch (review.Life)
        {
            case { IsFaulted: true } failed:
                throw new BenchFailedException($"{review.Reference}: the review loop failed: {failed.Exception!.GetBaseException().Message}", failed.Exception);
            case { IsCompleted: true }:
                Finish(review);
                break;
            case not null when review.Waiting is null:
                throw new BenchFailedException($"{review.Reference}: the review loop is neither waiting nor finished; it went on off the clock's thread.");
        }
    }

    private void Finish(SimulatedReview review)
    {
        if (!review.State.Finished)
        {
            throw new BenchFailedException($"{review.Reference}: the loop ended but the review is not finished.");
        }

        if (review.Timetable.OpenSteps.Any())
        {
            throw new BenchFailedException($"{review.Reference}: finished with steps still open: {string.Join(", ", review.Timetable.OpenSteps)}.");
        }

        var expected = review.Timetable.Steps.SelectMany(oracle.Expected).ToList();
        Tally.ReviewFinished(review, expected, ReminderComparison.Compare(expected, review.Sent));
        review.Events.Clear();
        review.Events.TrimExcess();
        review.Sent.Clear();
        review.Sent.TrimExcess();
    }
}
