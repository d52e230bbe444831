using System.Text;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Tests.Reviews;

namespace ReviewFunctions.Domain.Tests.Notices;

/// <summary>
/// The chair's monthly progress report (004 §4.1.2): written by itself at 09:00 on the first working day of each month
/// and sent to the chair, saying where the review stands, what is done, what is late and why, what comes next and which
/// actions are open.
/// </summary>
public sealed class MonthlyProgressReportTests
{
    private static readonly ReviewEngine Engine = new(ProcedureCatalogue.Embedded, UkCalendar.Default);
    private static readonly DateTimeOffset Received = UkTime.At(new DateOnly(2027, 2, 8), new TimeOnly(10, 42));
    private static readonly DateTimeOffset Decided = UkTime.At(new DateOnly(2027, 3, 18), new TimeOnly(11, 0));

    private const string BoardJson = """
        {
          "board": {"name": "Westbridge Safeguarding Children Partnership", "email": "case-reviews@westbridge-scp.example", "chairName": "Margaret Hale", "administratorEmail": "reviews-admin@westbridge-scp.example"},
          "roles": {"business-manager": "business-manager@westbridge-scp.example", "board-chair": "chair@westbridge-scp.example"},
          "agencies": [],
          "partnershipDomains": ["westbridge-scp.example"]
        }
        """;

    [Fact]
    public void It_goes_at_9_on_the_first_working_day_of_each_month_from_the_first_month_a_week_after_the_decision()
    {
        var driver = new ReviewDriver(Engine, Referral());
        driver.RecordOk(new DecisionRecorded(Decided, DecisionOutcome.Review, "scr", "The criteria are met.", "chair@westbridge-scp.example"));

        RunSendingEverything(driver, Decided, UkTime.At(new DateOnly(2027, 6, 30), new TimeOnly(12, 0)));

        // Decided Thursday 18 March 2027: April starts on Thursday 1st; Monday 3 May is a bank holiday, so Tuesday 4th; June on Tuesday 1st.
        var issued = driver.History.OfType<NoticeIssued>().Where(n => n.Notice == "progress-update").ToList();
        Assert.Equal(
            [(UkTime.At(new DateOnly(2027, 4, 1), new TimeOnly(9, 0)), 1), (UkTime.At(new DateOnly(2027, 5, 4), new TimeOnly(9, 0)), 2), (UkTime.At(new DateOnly(2027, 6, 1), new TimeOnly(9, 0)), 3)],
            issued.Select(n => (n.At, n.Occurrence)));
        Assert.All(issued, n => Assert.Equal(["board-chair"], n.To));
        Assert.DoesNotContain(driver.CommandsOf<RemindOwner>(), r => r.Step == "monthly-progress");
    }

    [Fact]
    public void A_late_step_is_reported_with_why_next_to_what_comes_next_and_the_open_actions()
    {
        var driver = new ReviewDriver(Engine, Referral());
        driver.RecordOk(new DecisionRecorded(Decided, DecisionOutcome.Review, "scr", "The criteria are met.", "chair@westbridge-scp.example"));
        driver.RecordOk(new ExtensionAgreed(Decided.AddDays(1), "review-complete", new DateOnly(2027, 11, 30), "The police investigation has not finished.", "chair@westbridge-scp.example"));
        var morning = UkTime.At(new DateOnly(2027, 5, 4), new TimeOnly(9, 0));
        RunSendingEverything(driver, Decided, UkTime.At(new DateOnly(2027, 4, 20), new TimeOnly(9, 0)));
        driver.RecordOk(new StepCompleted(UkTime.At(new DateOnly(2027, 4, 20), new TimeOnly(15, 0)), "appoint-reviewers", "bm@westbridge-scp.example", "The first choice of overview author withdrew."));
        RunSendingEverything(driver, UkTime.At(new DateOnly(2027, 4, 20), new TimeOnly(15, 0)), morning);
        var command = driver.CommandsOf<SendNotice>().Last(c => c.Notice == "progress-update");

        var composed = new NoticeComposer(Engine, NoticeCatalogue.Embedded, NoticeSettingsReader.Read("board.json", Encoding.UTF8.GetBytes(BoardJson)))
            .Compose(command, driver.State, SampleReferrals.RefA(), morning);

        var letter = Assert.Single(composed.Messages);
        Assert.Equal(["chair@westbridge-scp.example"], letter.To.Select(t => t.Email));
        var text = letter.Attachments.Single().Content.Text;
        Assert.Contains("monthly progress report 2 on the Serious Case Review about Jayden Marsh", text, StringComparison.Ordinal);
        Assert.Contains("The review is under way.", text, StringComparison.Ordinal);
        // Overdue and never explained; done late (due Thursday 25 March, a week after the decision) with a note saying why.
        Assert.Contains("- Tell Ofsted and the DfE about the incident: due Monday 15 February 2027, not done yet. No reason has been recorded.", text, StringComparison.Ordinal);
        Assert.Contains(": due Thursday 25 March 2027, done Tuesday 20 April 2027. Recorded with it: The first choice of overview author withdrew.", text, StringComparison.Ordinal);
        Assert.Contains("- Hold the presentation meeting: each IMR author presents the report to the panel, its chair and the overview author: due Thursday 27 May 2027 (planned; it follows an earlier step)", text, StringComparison.Ordinal);
        Assert.Contains("No action plan has been agreed yet.", text, StringComparison.Ordinal);
        Assert.Contains("The review is planned to finish by Tuesday 30 November 2027.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("monthly progress report: where the review stands", text, StringComparison.Ordinal);
    }

    /// <summary>Wakes the review when it asks, as the host's timer does, and sends every notice it issues, as the mail runner does.</summary>
    private static void RunSendingEverything(ReviewDriver driver, DateTimeOffset from, DateTimeOffset until)
    {
        for (var now = from; now <= until;)
        {
            var next = driver.Decide(now);
            foreach (var send in next.Commands.OfType<SendNotice>())
            {
                driver.Record(new NoticeSent(now, send.Notice, send.Step, send.Occurrence, "message"));
            }

            if (next.NextWake is not { } wake)
            {
                return;
            }

            now = wake > now ? wake : now.AddMinutes(1);
        }
    }

    private static ReferralReceived Referral() =>
        new(Received, "CR-2027-0001", "scr", Nation.England, new DateOnly(2027, 2, 5), null, SampleReferrals.RefAAgencies, "intake");
}
