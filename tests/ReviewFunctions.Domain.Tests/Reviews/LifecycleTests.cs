using ReviewFunctions.Domain.Reviews;
using static ReviewFunctions.Domain.Tests.Reviews.TestProcedures;

namespace ReviewFunctions.Domain.Tests.Reviews;

public sealed class LifecycleTests
{
    private static readonly DateTimeOffset Decided = Uk(2027, 2, 19, 14);

    [Fact]
    public void A_review_runs_from_referral_to_the_Boards_sign_off()
    {
        var driver = DecidedReview();

        Assert.Equal(new DateOnly(2027, 2, 26), driver.Step("national-notification").Due.Day);
        Assert.Equal(new DateOnly(2027, 8, 19), driver.Step("review-complete").Due.Day);
        Assert.Equal(new DateOnly(2027, 3, 19), driver.Step("progress-update").Due.Day);
        var notice = Assert.Single(driver.Decide(Decided).Commands.OfType<SendNotice>());
        Assert.Equal(["ofsted", "dfe", "national-panel"], notice.To);

        driver.RecordOk(new NoticeSent(Decided.AddHours(1), "decision-notice", "national-notification", 1, "msg-2"));
        driver.RecordOk(new StepCompleted(Uk(2027, 3, 18), "progress-update", "sent to the chair", "bm@board.example"));
        Assert.Equal(new DateOnly(2027, 4, 19), driver.Step("progress-update", 2).Due.Day);
        driver.RecordOk(new StepCompleted(Uk(2027, 8, 2), "review-complete", "overview report approved", "chair@board.example"));
        Assert.DoesNotContain(driver.Engine.Schedule(driver.State), s => s.Id == "progress-update" && s.Status != StepStatus.Done);
        Assert.Equal(StepStatus.Open, driver.Step("action-plan-signoff").Status);

        driver.RecordOk(new ActionPlanAgreed(Uk(2027, 8, 10), [new PlannedAction("a1", "Train staff on escalation", "Police", new DateOnly(2027, 10, 1), "Audit shows escalation used")], "chair@board.example"));
        Assert.Equal("action-plan", driver.Engine.Summarise(driver.State, Uk(2027, 8, 10)).Stage);
        driver.RecordOk(new ActionUpdated(Uk(2027, 9, 30), "a1", ActionStatus.Completed, "audit done", "lead@police.example"));
        driver.RecordOk(new ActionPlanSignedOff(Uk(2027, 10, 5), "chair@board.example"));

        Assert.True(driver.State.Finished);
        var end = driver.Decide(Uk(2027, 10, 5, 10));
        Assert.Contains(end.Commands, c => c is CompleteReview);
        Assert.Null(end.NextWake);
        Assert.Equal("finished", driver.Engine.Summarise(driver.State, Uk(2027, 10, 5)).Stage);
    }

    [Fact]
    public void A_decision_not_to_hold_a_review_ends_it_and_waives_the_review_steps()
    {
        var driver = Referred();

        driver.RecordOk(new DecisionRecorded(Decided, DecisionOutcome.NoReview, "test", "criteria not met", "chair@board.example"));

        Assert.True(driver.State.Finished);
        Assert.Equal(StepStatus.Waived, driver.Step("review-complete").Status);
        var end = driver.Decide(Decided);
        Assert.Contains(end.Commands, c => c is CompleteReview);
        Assert.Null(end.NextWake);
    }

    [Fact]
    public void An_agreed_extension_moves_review_complete_and_its_reminders()
    {
        var driver = DecidedReview();

        driver.RecordOk(new ExtensionAgreed(Uk(2027, 7, 1), "review-complete", new DateOnly(2027, 10, 1), "criminal trial in September", "chair@board.example"));

        var step = driver.Step("review-complete");
        Assert.Equal(new DateOnly(2027, 10, 1), step.Due.Day);
        Assert.False(step.DueIsProjected);
        Assert.Equal("criminal trial in September", step.Extension!.Reason);
        driver.RunUntil(Uk(2027, 7, 1), Uk(2027, 10, 1, 12));
        var reminders = driver.CommandsOf<RemindOwner>().Where(r => r.Step == "review-complete").Select(r => r.Instant).ToList();
        Assert.Equal([Uk(2027, 9, 29), Uk(2027, 10, 1)], reminders);
    }

    [Fact]
    public void Steps_of_the_review_stay_pending_until_the_decision()
    {
        var driver = Referred();

        Assert.Equal(StepStatus.Pending, driver.Step("national-notification").Status);
        Assert.True(driver.Step("national-notification").DueIsProjected);
        Assert.Equal(new DateOnly(2027, 3, 15), driver.Step("national-notification").Due.Day);
    }

    [Fact]
    public void Adding_and_removing_a_member_secures_the_case_files_again_with_the_new_members()
    {
        var driver = Referred();
        driver.RecordOk(new MemberAdded(Decided, "chair@panel.example", "board-chair", "bm@board.example"));
        var added = Assert.Single(driver.Decide(Decided).Commands.OfType<SecureCaseFiles>());
        Assert.Equal(["chair@panel.example"], added.Members.Select(m => m.Email));
        driver.RecordOk(new CaseFilesSecured(Decided, added.MembershipVersion, "CR-2027-0001", ["chair@panel.example"]));

        driver.RecordOk(new MemberRemoved(Decided.AddDays(1), "CHAIR@panel.example", "board-chair", "bm@board.example"));
        var removed = Assert.Single(driver.Decide(Decided.AddDays(1)).Commands.OfType<SecureCaseFiles>());
        Assert.Empty(removed.Members);
        driver.RecordOk(new CaseFilesSecured(Decided.AddDays(1), removed.MembershipVersion, "CR-2027-0001", []));
        Assert.Empty(driver.Decide(Decided.AddDays(1)).Commands.OfType<SecureCaseFiles>());
        Assert.Empty(driver.State.CaseFiles!.Access);
    }

    [Fact]
    public void Replaying_the_history_gives_the_same_review()
    {
        var driver = DecidedReview();
        driver.RunUntil(Decided, Uk(2027, 4, 1));

        var replayed = driver.Engine.Replay(driver.History);

        Assert.Equal(driver.Engine.Summarise(driver.State, Uk(2027, 4, 1)), driver.Engine.Summarise(replayed, Uk(2027, 4, 1)));
        Assert.Equal(driver.Engine.Schedule(driver.State), driver.Engine.Schedule(replayed));
        Assert.Equal(driver.State.Version, replayed.Version);
    }

    internal static ReviewDriver Referred()
    {
        var driver = new ReviewDriver(Engine(), Referral());
        driver.Decide(Received);
        driver.RecordOk(new NoticeSent(Received.AddMinutes(5), "agency-request-letter", "agency-request", 1, "msg-1"));
        driver.RecordOk(new AgencyResponded(Received.AddHours(2), "Police", true, true, "lead@police.example"));
        driver.RecordOk(new AgencyResponded(Received.AddHours(3), "Health", false, true, "lead@health.example"));
        return driver;
    }

    private static ReviewDriver DecidedReview()
    {
        var driver = Referred();
        driver.RecordOk(new DecisionRecorded(Decided, DecisionOutcome.Review, "test", "criteria met: child died, abuse suspected", "chair@board.example"));
        return driver;
    }
}
