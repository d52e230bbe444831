using ReviewFunctions.Domain.Reviews;
using static ReviewFunctions.Domain.Tests.Reviews.TestProcedures;

namespace ReviewFunctions.Domain.Tests.Reviews;

/// <summary>
/// Property-style checks: many random but reproducible histories (a fixed seed each) must keep the engine's promises.
/// </summary>
public sealed class RandomHistoryTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 200; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_histories_keep_the_engines_promises(int seed)
    {
        var driver = Play(seed);

        var reminders = driver.History.OfType<ReminderSent>().Select(r => (ReviewState.StepKey(r.Step, r.Occurrence), r.Instant)).ToList();
        Assert.Equal(reminders.Count, reminders.Distinct().Count());
        var escalations = driver.History.OfType<Escalated>().Select(r => (ReviewState.StepKey(r.Step, r.Occurrence), r.Instant)).ToList();
        Assert.Equal(escalations.Count, escalations.Distinct().Count());
        var notices = driver.History.OfType<NoticeIssued>().Select(n => ReviewState.NoticeKey(n.Notice, n.Step, n.Occurrence)).ToList();
        Assert.Equal(notices.Count, notices.Distinct().Count());
        Assert.All(driver.History.OfType<ReminderSent>(), r => Assert.True(r.Instant <= r.At));
    }

    /// <summary>
    /// One reproducible random history: up to 150 moves, each a decision at an instant and one random input, checking
    /// at every move that the review always asks to be woken and never reopens a completed step.
    /// </summary>
    internal static ReviewDriver Play(int seed)
    {
        var random = new Random(seed);
        var driver = new ReviewDriver(Engine(), Referral());
        var now = Received;
        for (var move = 0; move < 150 && !driver.State.Finished; move++)
        {
            var doneBefore = Done(driver);
            var next = driver.Decide(now);

            Assert.True(next.NextWake is not null || !driver.Engine.Schedule(driver.State).Any(s => s.Status == StepStatus.Open), $"seed {seed}: a step is open but the review asked never to wake");
            Assert.True(next.NextWake is null || next.NextWake > now, $"seed {seed}: woke at {now:O} and asked to wake at {next.NextWake:O}");

            RandomInput(random, driver, now);
            foreach (var (key, done) in doneBefore)
            {
                Assert.True(Done(driver).TryGetValue(key, out var after) && after == done, $"seed {seed}: completed step {key} moved or reopened");
            }

            now = random.Next(4) == 0 && next.NextWake is { } wake ? wake : now.AddHours(random.Next(1, 96));
        }

        return driver;
    }

    private static Dictionary<string, StepDone> Done(ReviewDriver driver) =>
        driver.Engine.Schedule(driver.State).Where(s => s.Done is not null).ToDictionary(s => s.Key, s => s.Done!);

    private static void RandomInput(Random random, ReviewDriver driver, DateTimeOffset now)
    {
        var schedule = driver.Engine.Schedule(driver.State);
        var anyStep = schedule[random.Next(schedule.Count)];
        ReviewEvent e = random.Next(10) switch
        {
            0 => new StepCompleted(now, anyStep.Id, "someone@board.example", "done"),
            1 => new AgencyResponded(now, random.Next(2) == 0 ? "Police" : "Health", random.Next(2) == 0, true, "lead@agency.example"),
            2 => new DecisionRecorded(now, random.Next(4) == 0 ? DecisionOutcome.NoReview : DecisionOutcome.Review, "test", "reasons", "chair@board.example"),
            3 => new ExtensionAgreed(now, anyStep.Id, anyStep.Due.Day.AddDays(random.Next(-5, 60)), random.Next(5) == 0 ? "" : "more time", "chair@board.example"),
            4 => new MemberAdded(now, $"m{random.Next(3)}@board.example", "business-manager", "bm@board.example"),
            5 => new MemberRemoved(now, $"m{random.Next(3)}@board.example", "business-manager", "bm@board.example"),
            6 => driver.State.NoticesIssued.Values.FirstOrDefault() is { } issued
                ? new NoticeSent(now, issued.Notice, issued.Step, issued.Occurrence, "msg")
                : new StepCompleted(now, "unknown-step", "x@board.example"),
            7 => new ActionPlanAgreed(now, [new PlannedAction("a1", "Act", "Owner", new DateOnly(2028, 1, 1), "Outcome")], "chair@board.example"),
            8 => new ActionUpdated(now, "a1", ActionStatus.Completed, "owner@agency.example"),
            _ => new ActionPlanSignedOff(now, "chair@board.example"),
        };
        var before = driver.State;
        if (driver.Record(e) is not null)
        {
            Assert.Same(before, driver.State);
        }
    }
}
