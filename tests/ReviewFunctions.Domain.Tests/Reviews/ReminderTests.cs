using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using static ReviewFunctions.Domain.Tests.Reviews.TestProcedures;

namespace ReviewFunctions.Domain.Tests.Reviews;

public sealed class ReminderTests
{
    [Fact]
    public void A_new_review_asks_agencies_at_once_and_secures_its_case_files()
    {
        var driver = new ReviewDriver(Engine(), Referral());

        var next = driver.Decide(Received);

        var notice = Assert.Single(next.Commands.OfType<SendNotice>());
        Assert.Equal(("agency-request-letter", "agency-request"), (notice.Notice, notice.Step));
        Assert.Equal(["agencies"], notice.To);
        Assert.Single(next.Commands.OfType<SecureCaseFiles>());
        Assert.IsType<UpdateStatus>(next.Commands[^1]);
        Assert.Equal(Uk(2027, 2, 9), next.NextWake);
    }

    [Fact]
    public void Deciding_twice_at_the_same_instant_decides_nothing_new_but_asks_again_for_unconfirmed_deliveries()
    {
        var driver = new ReviewDriver(Engine(), Referral());
        driver.Decide(Received);

        var again = driver.Decide(Received);

        Assert.Empty(again.Events);
        Assert.Equal([typeof(SecureCaseFiles), typeof(SendNotice), typeof(UpdateStatus)], again.Commands.Select(c => c.GetType()));
    }

    [Fact]
    public void Confirmed_deliveries_are_not_asked_for_again()
    {
        var driver = new ReviewDriver(Engine(), Referral());
        var first = driver.Decide(Received);
        var notice = Assert.Single(first.Commands.OfType<SendNotice>());
        driver.RecordOk(new NoticeSent(Received.AddMinutes(1), notice.Notice, notice.Step, notice.Occurrence, "msg-1"));
        driver.RecordOk(new CaseFilesSecured(Received.AddMinutes(2), 0, "CR-2027-0001", []));

        var again = driver.Decide(Received.AddMinutes(3));

        Assert.Equal([typeof(UpdateStatus)], again.Commands.Select(c => c.GetType()));
    }

    [Fact]
    public void An_overdue_step_reminds_its_owner_on_the_day_and_escalates_to_their_manager_every_two_working_days()
    {
        var driver = new ReviewDriver(Engine(), Referral());

        driver.RunUntil(Received, Uk(2027, 2, 17, 12));

        var reminders = driver.CommandsOf<RemindOwner>().Where(r => r.Step == "agency-request").ToList();
        var reminder = Assert.Single(reminders);
        Assert.Equal((Uk(2027, 2, 9), ReminderKind.OnDue, "business-manager"), (reminder.Instant, reminder.Kind, reminder.Owner));

        var escalations = driver.CommandsOf<EscalateToManager>().Where(e => e.Step == "agency-request").ToList();
        Assert.Equal([Uk(2027, 2, 10), Uk(2027, 2, 12), Uk(2027, 2, 16)], escalations.Select(e => e.Instant));
        Assert.All(escalations, e => Assert.Equal("board-chair", e.Manager));
        Assert.DoesNotContain(driver.Commands, c => c.Command is RemindOwner { Step: "agency-confirmation" });
    }

    [Fact]
    public void Each_reminder_goes_out_when_the_clock_reaches_it_not_before()
    {
        var driver = new ReviewDriver(Engine(), Referral());

        driver.RunUntil(Received, Uk(2027, 2, 17, 12));

        Assert.All(driver.Commands.Where(c => c.Command is RemindOwner or EscalateToManager), c =>
        {
            var instant = c.Command is RemindOwner r ? r.Instant : ((EscalateToManager)c.Command).Instant;
            Assert.Equal(instant, c.At);
        });
    }

    [Fact]
    public void A_host_that_wakes_late_sends_only_the_latest_reminder_and_escalation()
    {
        var driver = new ReviewDriver(Engine(), Referral());
        driver.Decide(Received);

        var late = driver.Decide(Uk(2027, 2, 16, 10));

        var reminder = Assert.Single(late.Commands.OfType<RemindOwner>(), r => r.Step == "agency-request");
        Assert.Equal(Uk(2027, 2, 9), reminder.Instant);
        var escalation = Assert.Single(late.Commands.OfType<EscalateToManager>(), e => e.Step == "agency-request");
        Assert.Equal(Uk(2027, 2, 16), escalation.Instant);
        Assert.Equal(Uk(2027, 2, 18), late.NextWake);
    }

    [Fact]
    public void A_step_done_before_its_reminders_is_never_chased()
    {
        var driver = new ReviewDriver(Engine(), Referral());
        driver.Decide(Received);
        driver.RecordOk(new NoticeSent(Received.AddMinutes(5), "agency-request-letter", "agency-request", 1, "msg-1"));

        driver.RunUntil(Received.AddMinutes(5), Uk(2027, 2, 10, 12));

        Assert.DoesNotContain(driver.Commands, c => c.Command is RemindOwner { Step: "agency-request" } or EscalateToManager { Step: "agency-request" });
        var confirmation = Assert.Single(driver.CommandsOf<RemindOwner>(), r => r.Step == "agency-confirmation");
        Assert.Equal((Uk(2027, 2, 9), ReminderKind.BeforeDue), (confirmation.Instant, confirmation.Kind));
    }

    [Fact]
    public void The_decision_is_reminded_two_working_days_ahead_and_on_the_day()
    {
        var driver = new ReviewDriver(Engine(), Referral());
        driver.Decide(Received);
        driver.RecordOk(new NoticeSent(Received.AddMinutes(5), "agency-request-letter", "agency-request", 1, "msg-1"));
        driver.RecordOk(new AgencyResponded(Received.AddHours(2), "police", true, true, "lead@police.example"));
        driver.RecordOk(new AgencyResponded(Received.AddHours(3), "Health", false, true, "lead@health.example"));

        driver.RunUntil(Received.AddHours(3), Uk(2027, 3, 9, 12));

        var decision = driver.CommandsOf<RemindOwner>().Where(r => r.Step == "decision").ToList();
        Assert.Equal([(Uk(2027, 3, 4), ReminderKind.BeforeDue), (Uk(2027, 3, 8), ReminderKind.OnDue)], decision.Select(r => (r.Instant, r.Kind)));
        var escalation = Assert.Single(driver.CommandsOf<EscalateToManager>(), e => e.Step == "decision");
        Assert.Equal((Uk(2027, 3, 9), "board-chair"), (escalation.Instant, escalation.Manager));
    }

    [Fact]
    public void An_extension_does_not_send_at_once_a_reminder_whose_moment_passed_before_it_was_agreed()
    {
        var driver = LifecycleTests.Referred();
        driver.RecordOk(new DecisionRecorded(Uk(2027, 2, 19, 14), DecisionOutcome.Review, "test", "criteria met", "chair@board.example"));
        driver.RunUntil(Uk(2027, 2, 19, 14), Uk(2027, 8, 18, 10));

        // Due Thursday 19 August; moved on Wednesday at 11:00 to Friday, whose "2 working days before" was that morning.
        driver.RecordOk(new ExtensionAgreed(Uk(2027, 8, 18, 11), "review-complete", new DateOnly(2027, 8, 20), "the chair is away on Thursday", "chair@board.example"));
        driver.RunUntil(Uk(2027, 8, 18, 11), Uk(2027, 8, 20, 12));

        var reminders = driver.Commands.Where(c => c.Command is RemindOwner { Step: "review-complete" }).Select(c => (c.At, ((RemindOwner)c.Command).Instant)).ToList();
        Assert.Equal([(Uk(2027, 8, 17), Uk(2027, 8, 17)), (Uk(2027, 8, 20), Uk(2027, 8, 20))], reminders);
    }

    [Fact]
    public void A_step_counted_back_through_another_is_not_reminded_late_when_the_last_of_the_chain_is_extended()
    {
        // An agency's contribution decided on Monday 1 March 2027: IMR due Monday 12 April, its final draft two weeks
        // before (29 March), the notice of the final draft two weeks before that (Monday 15 March), and left overdue.
        var engine = new ReviewEngine(ProcedureCatalogue.Embedded, UkCalendar.Default);
        var driver = new ReviewDriver(engine, new ReferralReceived(Uk(2027, 2, 1, 10), "CR-2027-0007", "agency-contribution", Nation.England, null, null, ["Police"], "intake"));
        driver.RecordOk(new DecisionRecorded(Uk(2027, 3, 1, 10), DecisionOutcome.Review, "agency-contribution", "the Board asked for an IMR", "lead@agency.example"));
        driver.RunUntil(Uk(2027, 3, 1, 10), Uk(2027, 3, 19, 10));

        // Friday 19 March at 11:00 the IMR moves to Friday 16 April: the notice is now due on Friday 19 March, whose
        // on-due moment was that morning, before anyone knew.
        driver.RecordOk(new ExtensionAgreed(Uk(2027, 3, 19, 11), "imr-submitted", new DateOnly(2027, 4, 16), "the author is ill", "director@agency.example"));
        Assert.Equal(new DateOnly(2027, 3, 19), driver.Step("final-draft-notice").Due.Day);
        var next = driver.Decide(Uk(2027, 3, 19, 11));

        Assert.DoesNotContain(next.Commands, c => c is RemindOwner { Step: "final-draft-notice" } or EscalateToManager { Step: "final-draft-notice" });
        Assert.Equal(Uk(2027, 3, 15), Assert.Single(driver.CommandsOf<RemindOwner>(), r => r.Step == "final-draft-notice" && r.Kind == ReminderKind.OnDue).Instant);
    }
}
