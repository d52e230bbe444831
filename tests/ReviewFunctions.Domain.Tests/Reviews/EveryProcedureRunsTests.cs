using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Tests.Procedures;

namespace ReviewFunctions.Domain.Tests.Reviews;

/// <summary>Every shipped procedure can be run from referral to its end by people doing each step as it opens.</summary>
public sealed class EveryProcedureRunsTests
{
    public static TheoryData<string> Kinds() => ShippedProcedureTests.KindData();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_review_of_each_kind_runs_from_referral_to_its_end(string kind)
    {
        var driver = Live(kind);
        var engine = driver.Engine;
        var procedure = engine.Catalogue.Get(kind);

        Assert.True(driver.State.Finished, $"{kind}: still open after 1000 days: {string.Join(", ", engine.Schedule(driver.State).Where(s => s.Status is StepStatus.Open or StepStatus.Pending).Select(s => s.Key))}");
        Assert.Equal(
            !procedure.Steps.Any(s => s.Completion == StepCompletion.SignOff) ? "The Board decided not to hold a review."
            : procedure.Steps.Any(s => s.Completion == StepCompletion.Published) ? "The Board signed off the action plan, and the report's time online has ended."
            : "The Board signed off the action plan.",
            driver.State.FinishedReason);
        Assert.All(engine.Schedule(driver.State).Where(s => s.Definition.Repeat is null), s => Assert.Equal(StepStatus.Done, s.Status));
    }

    /// <summary>A review of <paramref name="kind"/> woken every day and given each step as it opens, for up to 1000 days.</summary>
    internal static ReviewDriver Live(string kind)
    {
        var engine = new ReviewEngine(ProcedureCatalogue.Embedded, UkCalendar.Default);
        var nation = engine.Catalogue.Get(kind).Nations[0];
        var received = Domain.Deadlines.UkTime.At(new DateOnly(2027, 2, 8), new TimeOnly(10, 0));
        var driver = new ReviewDriver(engine, new ReferralReceived(received, "CR-2027-0042", kind, nation, new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 7), ["Police", "Health"], "intake"));

        var now = received;
        for (var day = 0; day < 1000 && !driver.State.Finished; day++)
        {
            driver.Decide(now);
            DoEveryOpenStep(driver, kind, now);
            now = now.AddDays(1);
        }

        return driver;
    }

    internal static void DoEveryOpenStep(ReviewDriver driver, string kind, DateTimeOffset now)
    {
        foreach (var step in driver.Engine.Schedule(driver.State).Where(s => s.Status == StepStatus.Open).ToList())
        {
            if (!DoEveryOpenStep(driver, kind, now, step))
            {
                return;
            }
        }
    }

    /// <summary>Does one open step as its owner would; false once the action plan is signed off, when nothing more is done.</summary>
    internal static bool DoEveryOpenStep(ReviewDriver driver, string kind, DateTimeOffset now, ScheduledStep step)
    {
        {
            switch (step.Definition.Completion)
            {
                case StepCompletion.Decision:
                    driver.RecordOk(new DecisionRecorded(now, DecisionOutcome.Review, kind, "criteria met", "chair@board.example"));
                    break;
                case StepCompletion.AgenciesResponded:
                    foreach (var agency in driver.State.Agencies.Where(a => !driver.State.AgencyResponses.ContainsKey(a)))
                    {
                        driver.RecordOk(new AgencyResponded(now, agency, true, true, "lead@agency.example"));
                    }

                    break;
                case StepCompletion.NoticesSent when step.Definition.Notices.All(n => n.Send == NoticeSending.Automatic):
                    foreach (var notice in step.Definition.Notices.Where(n => !driver.State.NoticesSent.ContainsKey(ReviewState.NoticeKey(n.Id, step.Id, step.Occurrence))))
                    {
                        driver.RecordOk(new NoticeSent(now, notice.Id, step.Id, step.Occurrence, "message"));
                    }

                    break;
                case StepCompletion.RecordsDecided:
                    driver.RecordOk(new RecordsStatusDecided(now, false, "chair@board.example"));
                    break;
                case StepCompletion.SignOff:
                    if (driver.Engine.Schedule(driver.State).Any(s => s.Id != step.Id && s.Definition.Repeat is null && s.Status is StepStatus.Open or StepStatus.Pending))
                    {
                        break;
                    }

                    if (driver.State.ActionPlan is null)
                    {
                        AgreeThePlan(driver, now);
                    }

                    driver.RecordOk(new ActionUpdated(now, "a1", ActionStatus.Completed, "bm@board.example"));
                    driver.RecordOk(new ActionPlanSignedOff(now, "chair@board.example"));
                    return false;
                case StepCompletion.ActionPlanAgreed:
                    AgreeThePlan(driver, now);
                    break;
                case StepCompletion.Published:
                    driver.RecordOk(new PublicationRecorded(now, Domain.Deadlines.UkTime.ToUkDate(now), "https://board.example/reviews/report.pdf", "bm@board.example"));
                    break;
                default:
                    driver.RecordOk(new StepCompleted(now, step.Id, "someone@board.example"));
                    break;
            }
        }

        return true;
    }

    private static void AgreeThePlan(ReviewDriver driver, DateTimeOffset now) =>
        driver.RecordOk(new ActionPlanAgreed(now, [new PlannedAction("a1", "Share the learning", "Board", DateOnly.FromDateTime(now.Date).AddMonths(2), "Briefing delivered")], "chair@board.example"));
}
