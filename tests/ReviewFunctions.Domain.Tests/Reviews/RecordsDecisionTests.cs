using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Tests.Reviews;

/// <summary>The end-of-review decision whether the records stay locked (seed 003 §4.17), on the shipped scr.</summary>
public sealed class RecordsDecisionTests
{
    private static readonly DateTimeOffset Received = UkTime.At(new DateOnly(2027, 2, 8), new TimeOnly(10, 0));
    private static readonly DateTimeOffset Completed = UkTime.At(new DateOnly(2027, 8, 2), new TimeOnly(10, 0));

    [Fact]
    public void The_decision_opens_when_the_review_is_complete_and_is_due_four_weeks_later()
    {
        var driver = Completed_review();

        var step = driver.Step("records-secure-status");

        Assert.Equal((StepStatus.Open, new DateOnly(2027, 8, 30)), (step.Status, step.Due.Day));
    }

    [Fact]
    public void Releasing_the_records_asks_the_case_file_store_until_it_confirms()
    {
        var driver = Completed_review();

        driver.RecordOk(new RecordsStatusDecided(Completed.AddDays(1), false, "chair@board.example"));

        Assert.Contains(driver.Decide(Completed.AddDays(1)).Commands, c => c is ReleaseCaseFiles);
        Assert.Contains(driver.Decide(Completed.AddDays(1)).Commands, c => c is ReleaseCaseFiles);
        driver.RecordOk(new CaseFilesReleased(Completed.AddDays(1), 3));
        Assert.DoesNotContain(driver.Decide(Completed.AddDays(1)).Commands, c => c is ReleaseCaseFiles);
        Assert.Equal(StepStatus.Done, driver.Step("records-secure-status").Status);
    }

    [Fact]
    public void Keeping_the_records_locked_needs_a_reason_and_sends_nothing()
    {
        var driver = Completed_review();

        Assert.Equal("Keeping the records locked needs a reason: criminal-proceedings, disciplinary, inquiry or other.", driver.Record(new RecordsStatusDecided(Completed, true, "chair@board.example"))!.Message);
        Assert.Equal("Say what the other reason is in 'note'.", driver.Record(new RecordsStatusDecided(Completed, true, "chair@board.example", RecordsHoldReason.Other))!.Message);
        driver.RecordOk(new RecordsStatusDecided(Completed, true, "chair@board.example", RecordsHoldReason.CriminalProceedings, "trial listed for 2028"));

        Assert.DoesNotContain(driver.Decide(Completed).Commands, c => c is ReleaseCaseFiles);
        Assert.Equal("records stay locked", driver.Step("records-secure-status").Done!.Note);
        Assert.Equal(RejectionKind.Conflict, driver.Record(new RecordsStatusDecided(Completed, false, "chair@board.example"))!.Kind);
    }

    [Fact]
    public void The_decision_cannot_be_made_before_the_review_is_complete_or_by_completing_the_step()
    {
        var engine = new ReviewEngine(ProcedureCatalogue.Embedded, UkCalendar.Default);
        var driver = new ReviewDriver(engine, new ReferralReceived(Received, "CR-2027-0009", "scr", Nation.England, null, null, ["Police"], "intake"));
        driver.RecordOk(new DecisionRecorded(Received.AddDays(10), DecisionOutcome.Review, "scr", "criteria met", "chair@board.example"));

        Assert.Equal("Whether the records stay locked is decided at 'records-secure-status', which is pending.", driver.Record(new RecordsStatusDecided(Received.AddDays(11), false, "chair@board.example"))!.Message);
        Assert.Equal("'records-secure-status' is done by recording whether the records stay locked (records-status-decided).", driver.Record(new StepCompleted(Received.AddDays(11), "records-secure-status", "chair@board.example"))!.Message);
    }

    private static ReviewDriver Completed_review()
    {
        var engine = new ReviewEngine(ProcedureCatalogue.Embedded, UkCalendar.Default);
        var driver = new ReviewDriver(engine, new ReferralReceived(Received, "CR-2027-0008", "scr", Nation.England, null, null, ["Police"], "intake"));
        driver.RecordOk(new DecisionRecorded(Received.AddDays(10), DecisionOutcome.Review, "scr", "criteria met", "chair@board.example"));
        driver.RecordOk(new StepCompleted(Completed, "review-complete", "chair@board.example"));
        return driver;
    }
}
