using ReviewFunctions.Domain.Reviews;
using static ReviewFunctions.Domain.Tests.Reviews.TestProcedures;

namespace ReviewFunctions.Domain.Tests.Reviews;

/// <summary>
/// A notice that missed some recipients is a problem on the review, not a retry loop: it is asked for again only when
/// the review's people or the Board's directory change, and it stops being a problem once it is sent.
/// </summary>
public sealed class UndeliveredNoticeTests
{
    private static readonly string[] Unreached = ["the director of Northfold Community Health (the Board's directory has no address for them)"];

    [Fact]
    public void A_notice_that_missed_someone_is_not_asked_for_again_on_the_next_look()
    {
        var driver = Undelivered("dir-1");

        Assert.Empty(driver.Decide(Received.AddHours(1)).Commands.OfType<SendNotice>());
        Assert.Empty(driver.Decide(Received.AddDays(3)).Commands.OfType<SendNotice>());
        Assert.Equal(1, driver.Engine.Summarise(driver.State, Received.AddHours(1)).Problems);
    }

    [Fact]
    public void The_step_it_belongs_to_stays_open_and_its_owner_is_still_chased()
    {
        var driver = Undelivered("dir-1");

        Assert.Equal(StepStatus.Open, driver.Step("agency-request").Status);
        driver.RunUntil(Received.AddHours(1), Received.AddDays(5));
        Assert.Contains(driver.Commands, c => c.Command is RemindOwner { Step: "agency-request" } or EscalateToManager { Step: "agency-request" });
        Assert.DoesNotContain(driver.Commands, c => c.Command is SendNotice && c.At > Received);
    }

    [Fact]
    public void Someone_added_to_the_review_brings_the_notice_back()
    {
        var driver = Undelivered("dir-1");

        driver.RecordOk(new MemberAdded(Received.AddHours(2), "director@northfold.example", "agency-safeguarding-lead", "bm@board.example"));

        var notice = Assert.Single(driver.Decide(Received.AddHours(2)).Commands.OfType<SendNotice>());
        Assert.Equal("agency-request-letter", notice.Notice);
        Assert.Equal(0, driver.Engine.Summarise(driver.State, Received.AddHours(2)).Problems);
    }

    [Fact]
    public void A_changed_directory_brings_the_notice_back_and_the_same_directory_does_not()
    {
        var driver = Undelivered("dir-1");

        driver.RecordOk(new DirectoryUpdated(Received.AddHours(2), "dir-1"));
        Assert.Empty(driver.Decide(Received.AddHours(2)).Commands.OfType<SendNotice>());

        driver.RecordOk(new DirectoryUpdated(Received.AddHours(3), "dir-2"));
        Assert.Single(driver.Decide(Received.AddHours(3)).Commands.OfType<SendNotice>());
    }

    [Fact]
    public void Sent_at_last_the_problem_is_gone_and_the_step_done()
    {
        var driver = Undelivered("dir-1");
        driver.RecordOk(new DirectoryUpdated(Received.AddHours(3), "dir-2"));
        driver.Decide(Received.AddHours(3));

        driver.RecordOk(new NoticeSent(Received.AddHours(3), "agency-request-letter", "agency-request", 1, "msg-2"));

        Assert.Empty(driver.State.NoticeProblems);
        Assert.Equal(StepStatus.Done, driver.Step("agency-request").Status);
    }

    [Fact]
    public void Only_an_issued_notice_can_be_undelivered()
    {
        var driver = new ReviewDriver(Engine(), Referral());

        var rejection = driver.Record(new NoticeUndelivered(Received, "decision-notice", "national-notification", 1, Unreached, "dir-1"));

        Assert.Equal(RejectionKind.Invalid, rejection?.Kind);
    }

    [Fact]
    public void A_finished_review_takes_no_resumption()
    {
        var driver = new ReviewDriver(Engine(), Referral());
        driver.RecordOk(new DecisionRecorded(Received.AddDays(1), DecisionOutcome.NoReview, "test", "criteria not met", "chair@board.example"));
        Assert.True(driver.State.Finished);

        Assert.Equal(RejectionKind.Conflict, driver.Record(new ReviewResumed(Received.AddDays(2), "its orchestration had been terminated"))?.Kind);
    }

    private static ReviewDriver Undelivered(string directory)
    {
        var driver = new ReviewDriver(Engine(), Referral());
        Assert.Single(driver.Decide(Received).Commands.OfType<SendNotice>());
        driver.RecordOk(new NoticeUndelivered(Received.AddMinutes(1), "agency-request-letter", "agency-request", 1, Unreached, directory));
        return driver;
    }
}
