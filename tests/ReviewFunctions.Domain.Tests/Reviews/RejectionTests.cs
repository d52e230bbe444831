using ReviewFunctions.Domain.Reviews;
using static ReviewFunctions.Domain.Tests.Reviews.TestProcedures;

namespace ReviewFunctions.Domain.Tests.Reviews;

public sealed class RejectionTests
{
    private static readonly DateTimeOffset Now = Uk(2027, 2, 19, 14);

    public static TheoryData<string, ReviewEvent, RejectionKind, string> Rejected => new()
    {
        { "unknown step", new StepCompleted(Now, "agency-reqest", "bm@board.example"), RejectionKind.Invalid, "'agency-reqest' is not a step of a test review." },
        { "step done twice", new StepCompleted(Now, "agency-request", "bm@board.example"), RejectionKind.Conflict, "'agency-request' was already completed on 2027-02-08 by notifications." },
        { "decision by step", new StepCompleted(Now, "decision", "chair@board.example"), RejectionKind.Invalid, "'decision' is done by recording the decision (decision-recorded), not by completing the step." },
        { "review step before the decision", new StepCompleted(Now, "review-complete", "bm@board.example"), RejectionKind.Conflict, "'review-complete' belongs to the review itself, and the decision to hold one has not been recorded." },
        { "extension without a reason", new ExtensionAgreed(Now, "decision", new DateOnly(2027, 4, 1), " ", "chair@board.example"), RejectionKind.Invalid, "An extension needs a reason: it is reported with the new date." },
        { "extension to an earlier date", new ExtensionAgreed(Now, "decision", new DateOnly(2027, 3, 1), "more time", "chair@board.example"), RejectionKind.Invalid, "The new date 2027-03-01 must be after the current due date 2027-03-08." },
        { "extension of an unknown step", new ExtensionAgreed(Now, "nope", new DateOnly(2027, 4, 1), "more time", "chair@board.example"), RejectionKind.Invalid, "'nope' is not a step of this review." },
        { "decision without reasons", new DecisionRecorded(Now, DecisionOutcome.Review, "test", "", "chair@board.example"), RejectionKind.Invalid, "A decision needs its reasons." },
        { "decision of an unknown kind", new DecisionRecorded(Now, DecisionOutcome.Review, "inquiry", "x", "chair@board.example"), RejectionKind.Invalid, "'inquiry' is not a review kind. Known kinds: test." },
        { "nobody recorded it", new StepCompleted(Now, "agency-confirmation", ""), RejectionKind.Invalid, "Say who is recording this ('by')." },
        { "member with a bad address", new MemberAdded(Now, "not-an-address", "board-chair", "bm@board.example"), RejectionKind.Invalid, "'not-an-address' is not an e-mail address." },
        { "member with an unknown role", new MemberAdded(Now, "a@b.example", "mayor", "bm@board.example"), RejectionKind.Invalid, "'mayor' is not a review role. Roles: board-chair, business-manager, agency-safeguarding-lead." },
        { "removing a non-member", new MemberRemoved(Now, "a@b.example", "board-chair", "bm@board.example"), RejectionKind.Invalid, "a@b.example is not a member of this review as board-chair." },
        { "agency not asked", new AgencyResponded(Now, "Fire", true, true, "x@fire.example"), RejectionKind.Invalid, "'Fire' was not asked to respond on this review. Agencies asked: Police, Health." },
        { "action plan before a review", new ActionPlanAgreed(Now, [new PlannedAction("a", "b", "c", new DateOnly(2027, 5, 1), "d")], "chair@board.example"), RejectionKind.Conflict, "An action plan follows a review, and no decision to hold one has been recorded." },
        { "sign-off without a plan", new ActionPlanSignedOff(Now, "chair@board.example"), RejectionKind.Conflict, "There is no agreed action plan to sign off." },
        { "a second referral", Referral(), RejectionKind.Conflict, "Review CR-2027-0001 has already started." },
        { "a decision dated before the referral", new DecisionRecorded(Uk(2027, 2, 8, 9), DecisionOutcome.Review, "test", "x", "chair@board.example"), RejectionKind.Invalid, "This is dated 09:00 on Monday 8 February 2027, before the referral was received (10:00 on Monday 8 February 2027). Nothing in a review can come before its referral: check the date, or the clock." },
        { "a step completed the night before the referral", new StepCompleted(Uk(2027, 2, 7, 23, 59), "agency-confirmation", "bm@board.example"), RejectionKind.Invalid, "This is dated 23:59 on Sunday 7 February 2027, before the referral was received (10:00 on Monday 8 February 2027). Nothing in a review can come before its referral: check the date, or the clock." },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void A_rejected_event_says_why_and_leaves_the_review_unchanged(string why, ReviewEvent e, RejectionKind kind, string message)
    {
        var driver = LifecycleTests.Referred();
        var before = driver.State;

        var rejection = driver.Record(e);

        Assert.True(rejection is not null, why);
        Assert.Equal((kind, message), (rejection.Kind, rejection.Message));
        Assert.Same(before, driver.State);
    }

    [Fact]
    public void Nothing_can_be_recorded_on_a_finished_review()
    {
        var driver = LifecycleTests.Referred();
        driver.RecordOk(new DecisionRecorded(Now, DecisionOutcome.NoReview, "test", "criteria not met", "chair@board.example"));
        var before = driver.State;

        var rejection = driver.Record(new MemberAdded(Now, "a@b.example", "board-chair", "bm@board.example"));

        Assert.Equal(RejectionKind.Conflict, rejection!.Kind);
        Assert.Equal("Review CR-2027-0001 has finished (The Board decided not to hold a review.) so nothing more can be recorded on it.", rejection.Message);
        Assert.Same(before, driver.State);
    }

    [Fact]
    public void The_Board_cannot_sign_off_while_actions_are_open()
    {
        var driver = LifecycleTests.Referred();
        driver.RecordOk(new DecisionRecorded(Now, DecisionOutcome.Review, "test", "criteria met", "chair@board.example"));
        driver.Decide(Now);
        driver.RecordOk(new NoticeSent(Now, "decision-notice", "national-notification", 1, "m"));
        driver.RecordOk(new StepCompleted(Now.AddDays(30), "review-complete", "chair@board.example"));
        driver.RecordOk(new ActionPlanAgreed(Now.AddDays(31), [new PlannedAction("a1", "Train staff", "Police", new DateOnly(2027, 6, 1), "Audit")], "chair@board.example"));

        var rejection = driver.Record(new ActionPlanSignedOff(Now.AddDays(40), "chair@board.example"));

        Assert.Equal("These actions are not complete yet: a1.", rejection!.Message);
    }

    [Fact]
    public void An_action_plan_that_is_not_SMART_is_rejected_with_every_gap()
    {
        var driver = LifecycleTests.Referred();
        driver.RecordOk(new DecisionRecorded(Now, DecisionOutcome.Review, "test", "criteria met", "chair@board.example"));

        var rejection = driver.Record(new ActionPlanAgreed(Now, [new PlannedAction("a1", "Train staff", "", new DateOnly(2027, 6, 1), " ")], "chair@board.example"));

        Assert.Equal("The action plan is not SMART yet: action 1 has no owner; action 1 does not say what outcome will show it worked.", rejection!.Message);
    }
}
