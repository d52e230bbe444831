using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Tests.Reviews;

/// <summary>The shipped England SCR procedure at its decision point.</summary>
public sealed class ScrDecisionTests
{
    private static readonly DateTimeOffset Received = UkTime.At(new DateOnly(2027, 2, 8), new TimeOnly(10, 0));
    private static readonly DateTimeOffset Decided = UkTime.At(new DateOnly(2027, 2, 19), new TimeOnly(14, 0));

    [Fact]
    public void A_decision_not_to_hold_an_scr_is_still_reported_to_the_national_bodies_before_the_review_ends()
    {
        var driver = Referred();

        driver.RecordOk(new DecisionRecorded(Decided, DecisionOutcome.NoReview, "scr", "threshold not met", "chair@board.example"));

        Assert.False(driver.State.Finished);
        Assert.Equal(StepStatus.Waived, driver.Step("review-complete").Status);
        Assert.Equal(StepStatus.Waived, driver.Step("panel-convened").Status);
        var notices = driver.Decide(Decided).Commands.OfType<SendNotice>().ToList();
        Assert.Contains(notices, n => n.Step == "national-notification");
        Assert.Equal(new DateOnly(2027, 2, 26), driver.Step("national-notification").Due.Day);

        foreach (var notice in notices)
        {
            driver.RecordOk(new NoticeSent(Decided.AddHours(1), notice.Notice, notice.Step, 1, "msg"));
        }

        foreach (var step in driver.Engine.Schedule(driver.State).Where(s => s.Status == StepStatus.Open).ToList())
        {
            driver.RecordOk(new StepCompleted(Decided.AddHours(2), step.Id, "bm@board.example"));
        }

        Assert.True(driver.State.Finished);
        Assert.Equal("The Board decided not to hold a review.", driver.State.FinishedReason);
        Assert.Contains(driver.Decide(Decided.AddHours(3)).Commands, c => c is CompleteReview);
    }

    [Fact]
    public void A_decision_to_hold_an_scr_sends_the_decision_notice_to_Ofsted_the_DfE_and_the_National_Panel_at_once()
    {
        var driver = Referred();

        driver.RecordOk(new DecisionRecorded(Decided, DecisionOutcome.Review, "scr", "child died; abuse suspected", "chair@board.example"));
        var notices = driver.Decide(Decided).Commands.OfType<SendNotice>().ToList();

        var decisionNotice = Assert.Single(notices, n => n.Step == "national-notification");
        Assert.Superset(new HashSet<string>(["ofsted", "dfe", "national-panel"], StringComparer.Ordinal), decisionNotice.To.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2027, 8, 19), driver.Step("review-complete").Due.Day);
        Assert.Equal(StepStatus.Open, driver.Step("appoint-reviewers").Status);
    }

    [Fact]
    public void A_decision_can_turn_the_referral_into_a_multi_agency_case_audit_of_four_months()
    {
        var driver = Referred();

        driver.RecordOk(new DecisionRecorded(Decided, DecisionOutcome.Review, "maca", "lessons for several agencies, SCR criteria not met", "chair@board.example"));

        Assert.Equal("maca", driver.State.Kind);
        Assert.Equal(new DateOnly(2027, 6, 19), driver.Step("review-complete").Due.Day);
    }

    [Fact]
    public void A_notice_sent_only_on_confirmation_goes_once_a_person_confirms_it()
    {
        var driver = Referred();
        Assert.DoesNotContain(driver.Decide(Received).Commands, c => c is SendNotice { Step: "incident-notification" });

        driver.RecordOk(new NoticeConfirmed(Received.AddHours(1), "incident-notice", "incident-notification", "bm@board.example"));

        var notice = Assert.Single(driver.Decide(Received.AddHours(1)).Commands.OfType<SendNotice>(), n => n.Step == "incident-notification");
        Assert.Equal("incident-notice", notice.Notice);
        Assert.Equal(RejectionKind.Conflict, driver.Record(new NoticeConfirmed(Received.AddHours(2), "incident-notice", "incident-notification", "bm@board.example"))!.Kind);
        Assert.Equal("Step 'incident-notification' sends no notice 'family-letter'. It sends: incident-notice.", driver.Record(new NoticeConfirmed(Received.AddHours(2), "family-letter", "incident-notification", "bm@board.example"))!.Message);
    }

    [Fact]
    public void An_hour_deadline_is_escalated_at_its_hour_and_then_only_on_working_mornings()
    {
        var driver = Referred();

        driver.RunUntil(Received, UkTime.At(new DateOnly(2027, 2, 16), new TimeOnly(12, 0)));

        var escalations = driver.CommandsOf<EscalateToManager>().Where(e => e.Step == "records-secured").Select(e => UkTime.ToUkLocal(e.Instant)).ToList();
        Assert.True(escalations.Count >= 2, "the step should be escalated more than once while overdue");
        Assert.All(escalations.Skip(1), e =>
        {
            Assert.Equal(new TimeSpan(9, 0, 0), e.TimeOfDay);
            Assert.False(e.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        });
    }

    [Fact]
    public void A_decision_made_before_the_panel_met_overtakes_the_steps_that_led_up_to_it_and_keeps_what_was_done()
    {
        var driver = Referred();
        driver.RecordOk(new StepCompleted(Received.AddDays(3), "panel-convened", "bm@board.example"));

        driver.RecordOk(new DecisionRecorded(Received.AddDays(4), DecisionOutcome.Review, "scr", "child died; abuse suspected", "chair@board.example"));
        driver.RunUntil(Received.AddDays(4), Received.AddDays(40));

        Assert.Equal(StepStatus.Done, driver.Step("panel-convened").Status);
        Assert.Equal(StepStatus.Waived, driver.Step("panel-recommendation").Status);
        Assert.Equal(StepStatus.Open, driver.Step("records-secured").Status);
        Assert.DoesNotContain(driver.Commands, c => c.At > Received.AddDays(4) && c.Command is RemindOwner { Step: "panel-recommendation" } or EscalateToManager { Step: "panel-recommendation" });
        var late = driver.Record(new StepCompleted(Received.AddDays(5), "panel-recommendation", "subgroup@board.example"))!;
        Assert.Equal((RejectionKind.Conflict, "'panel-recommendation' is not needed any more: it led up to the decision, which has been recorded."), (late.Kind, late.Message));
    }

    [Fact]
    public void Agreeing_the_action_plan_completes_its_step_which_cannot_be_ticked_off_without_the_actions()
    {
        var driver = Referred();
        driver.RecordOk(new DecisionRecorded(Decided, DecisionOutcome.Review, "scr", "child died; abuse suspected", "chair@board.example"));

        var ticked = driver.Record(new StepCompleted(Decided.AddDays(1), "action-plan-agreed", "subgroup@board.example"))!;
        driver.RecordOk(new ActionPlanAgreed(Decided.AddDays(2), [new PlannedAction("a1", "Train staff", "Police", new DateOnly(2027, 9, 1), "Staff trained"), new PlannedAction("a2", "Audit referrals", "Health", new DateOnly(2027, 10, 1), "Audit done")], "subgroup@board.example"));

        Assert.Equal((RejectionKind.Invalid, "'action-plan-agreed' is done by agreeing the action plan with its actions (action-plan-agreed)."), (ticked.Kind, ticked.Message));
        var step = driver.Step("action-plan-agreed");
        Assert.Equal(StepStatus.Done, step.Status);
        Assert.Equal((Decided.AddDays(2), "subgroup@board.example", "2 actions agreed"), (step.Done!.At, step.Done.By, step.Done.Note));
    }

    [Fact]
    public void The_referral_form_step_is_done_by_the_referral_arriving_and_is_never_chased()
    {
        var driver = Referred();

        driver.RunUntil(Received, Received.AddDays(14));

        var step = driver.Step("referral-form");
        Assert.Equal(StepStatus.Done, step.Status);
        Assert.Equal((Received, "referrer"), (step.Done!.At, step.Done.By));
        Assert.DoesNotContain(driver.Commands, c => c.Command is RemindOwner { Step: "referral-form" } or EscalateToManager { Step: "referral-form" });
        Assert.Equal(RejectionKind.Conflict, driver.Record(new StepCompleted(Received.AddHours(1), "referral-form", "bm@board.example"))!.Kind);
    }

    [Theory]
    [InlineData("2027-02-08T10:00", "Mon 17:30 BeforeDue|Tue 09:00 OnDue")]
    [InlineData("2027-02-05T17:05", "Fri 17:30 OnDue")]
    [InlineData("2027-02-05T08:00", "Fri 17:30 OnDue")]
    [InlineData("2027-02-08T17:00", "Mon 17:30 BeforeDue|Tue 09:00 OnDue")]
    [InlineData("2027-02-09T07:00", "Tue 17:30 OnDue")]
    [InlineData("2027-02-05T20:00", "Sat 08:00 BeforeDue|Sat 19:00 OnDue")]
    public void Reminders_before_an_hour_deadline_go_in_working_hours_unless_none_are_left_before_it(string received, string expected)
    {
        var at = UkTime.At(DateOnly.Parse(received[..10], System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(received[11..], System.Globalization.CultureInfo.InvariantCulture));
        var driver = Referred(at);

        driver.RunUntil(at, at.AddDays(1));

        var reminders = driver.CommandsOf<RemindOwner>()
            .Where(r => r.Step == "records-secured")
            .Select(r => $"{UkTime.ToUkLocal(r.Instant):ddd HH:mm} {r.Kind}");
        Assert.Equal(expected, string.Join('|', reminders));
    }

    private static ReviewDriver Referred() => Referred(Received);

    private static ReviewDriver Referred(DateTimeOffset received)
    {
        var engine = new ReviewEngine(ProcedureCatalogue.Embedded, UkCalendar.Default);
        var driver = new ReviewDriver(engine, new ReferralReceived(received, "CR-2027-0007", "scr", Nation.England, new DateOnly(2027, 2, 6), null, ["Police", "Health"], "intake"));
        driver.Decide(received);
        return driver;
    }
}
