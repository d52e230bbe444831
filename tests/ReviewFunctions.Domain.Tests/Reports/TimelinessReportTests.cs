using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reports.Timeliness;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Tests.Reviews;
using static ReviewFunctions.Domain.Tests.Reviews.TestProcedures;

namespace ReviewFunctions.Domain.Tests.Reports;

/// <summary>
/// Three reviews worked through by hand with the 2027 bank holidays: Good Friday 26 March (both nations), Easter
/// Monday 29 March (England only), the early May holiday 3 May and the spring holiday 31 May (both). The report is
/// asked for on Friday 4 June 2027 at noon, for March to June.
/// </summary>
public sealed class TimelinessReportTests
{
    private const string Manager = "bm@board.example";
    private static readonly DateTimeOffset Now = Uk(2027, 6, 4, 12);
    private static readonly ReportPeriod MarchToJune = new(new DateOnly(2027, 3, 1), new DateOnly(2027, 6, 30));

    /// <summary>
    /// The expected table, counted on a calendar (the working days after the due day up to and including the day done,
    /// negative when done before it). A: England, referred Wed 24 March. B: Scotland, referred the same day.
    /// C: England, referred Mon 24 May, a beta review.
    /// </summary>
    private static readonly (string Reference, string Step, string Due, string? OriginalDue, TimelinessStatus Status, int? Late)[] Expected =
    [
        // Due Thu 25 Mar, done Tue 30 Mar: 26 Good Friday, 29 Easter Monday, so only the 30th counts.
        ("A", "ask", "2027-03-25", null, TimelinessStatus.Late, 1),
        // Due Sat 24 Apr (a month is not moved off a weekend), decided Thu 22 Apr: Fri 23 is the one working day left.
        ("A", "decision", "2027-04-24", null, TimelinessStatus.OnTime, -1),
        // 5 working days after Thu 22 Apr: 23, 26, 27, 28, 29. Done Thu 6 May: 30 Apr, 4, 5, 6 May (3 May a holiday).
        ("A", "tell", "2027-04-29", null, TimelinessStatus.Late, 4),
        // 20 working days after 22 Apr is Fri 21 May; extended to Fri 28 May; done Tue 1 June past the 31 May holiday.
        ("A", "report", "2027-05-28", "2027-05-21", TimelinessStatus.Late, 1),
        // Due Thu 25 Mar, done Tue 30 Mar: in Scotland Easter Monday 29th is a working day, so 29 and 30 count.
        ("B", "ask", "2027-03-25", null, TimelinessStatus.Late, 2),
        // 5 working days after Mon 12 Apr: Mon 19 Apr. Done Wed 21 Apr.
        ("B", "tell", "2027-04-19", null, TimelinessStatus.Late, 2),
        // Due Sat 24 Apr, decided Mon 12 Apr: 13–16 and 19–23 April are nine working days ahead.
        ("B", "decision", "2027-04-24", null, TimelinessStatus.OnTime, -9),
        // 20 working days after Mon 12 Apr (3 May a holiday): Tue 11 May. Not done by Fri 4 June: 12–14, 17–21,
        // 24–28 May, then 1–4 June (31 May a holiday) are 17 working days.
        ("B", "report", "2027-05-11", null, TimelinessStatus.Overdue, 17),
        // Due Tue 25 May, not done: 26–28 May, then 1–4 June (31 May a holiday) are 7 working days.
        ("C", "ask", "2027-05-25", null, TimelinessStatus.Overdue, 7),
        // Due Thu 24 June: still in time on 4 June.
        ("C", "decision", "2027-06-24", null, TimelinessStatus.NotYetDue, null),
    ];

    [Fact]
    public void Every_step_that_fell_due_is_measured_in_its_own_nations_working_days()
    {
        var report = Report();

        var actual = report.Steps.Select(s => (s.Reference, s.Step, s.Due.ToIsoString(), s.OriginalDue?.ToIsoString(), s.Status, s.WorkingDaysLate)).ToList();
        Assert.Equal(Expected, actual);
        var extended = Assert.Single(report.Steps, s => s.OriginalDue is not null);
        Assert.Equal("Police disclosure awaited", extended.ExtensionReason);
        Assert.All(report.Steps.Where(s => s.Reference == "B"), s => Assert.Equal("scotland", s.Nation));
    }

    [Fact]
    public void The_median_and_90th_percentile_are_counted_by_nearest_rank_for_every_grouping()
    {
        var report = Report();

        // All nine measured: -9 -1 1 1 2 2 4 7 17. Median: the 5th (2); 90th percentile: the ceil(8.1) = 9th (17).
        Assert.Equal(("all", 10, 2, 5, 2, 1, 1, (int?)2, (int?)17), Row(report.All));
        Assert.Equal(
            [("A", 4, 1, 3, 0, 0, 1, 1, 4), ("B", 4, 1, 2, 1, 0, 0, 2, 17), ("C", 2, 0, 0, 1, 1, 0, 7, 7)],
            report.ByReview.Select(Row));

        // alpha: -9 -1 1 1 2 2 4 17, median the 4th (1), 90th the ceil(7.2) = 8th (17); beta: 7 alone.
        Assert.Equal([("alpha", 8, 2, 5, 1, 0, 1, 1, 17), ("beta", 2, 0, 0, 1, 1, 0, 7, 7)], report.ByKind.Select(Row));

        // referral: -9 -1 1 2 7 (median 3rd, 90th 5th); review: 1 2 4 17 (median 2nd, 90th 4th).
        Assert.Equal([("referral", 6, 2, 2, 1, 1, 0, 1, 7), ("review", 4, 0, 3, 1, 0, 1, 2, 17)], report.ByStage.Select(Row));

        // board-chair: -9 -1; business-manager: 1 1 2 2 4 7 17 (median 4th, 90th 7th).
        Assert.Equal([("board-chair", 3, 2, 0, 0, 1, 0, -9, -1), ("business-manager", 7, 0, 5, 2, 0, 1, 2, 17)], report.ByOwner.Select(Row));

        Assert.Equal(
        [
            ("alpha/ask", 2, 0, 2, 0, 0, 0, 1, 2),
            ("alpha/decision", 2, 2, 0, 0, 0, 0, -9, -1),
            ("alpha/report", 2, 0, 1, 1, 0, 1, 1, 17),
            ("alpha/tell", 2, 0, 2, 0, 0, 0, 2, 4),
            ("beta/ask", 1, 0, 0, 1, 0, 0, 7, 7),
            ("beta/decision", 1, 0, 0, 0, 1, 0, null, null),
        ],
            report.ByStep.Select(Row));
        Assert.Equal("Write the report (Alpha review)", report.ByStep.Single(g => g.Key == "alpha/report").Title);
        Assert.Equal("Business manager", report.ByOwner.Single(g => g.Key == "business-manager").Title);
    }

    [Fact]
    public void A_period_takes_only_the_steps_due_in_it()
    {
        var report = Report(new ReportPeriod(new DateOnly(2027, 4, 24), new DateOnly(2027, 4, 29)));

        Assert.Equal(["A decision", "A tell", "B decision"], report.Steps.Select(s => $"{s.Reference} {s.Step}"));
    }

    [Fact]
    public void A_step_done_after_an_hour_deadline_on_the_same_day_is_late_by_no_whole_working_day()
    {
        var engine = TimelinessProcedures.Engine();
        var driver = new ReviewDriver(engine, TimelinessProcedures.Referral("H", "hours", Nation.England, Uk(2027, 3, 24, 10)));

        // Due 24 hours after the referral, Thu 25 March at 10:00; done at 13:00 the same day.
        driver.RecordOk(new StepCompleted(Uk(2027, 3, 25, 13), "secure", Manager));
        var measured = Assert.Single(ReviewTimeliness.Of(engine, driver.State, MarchToJune, Now), s => s.Step == "secure");

        Assert.Equal("2027-03-25T10:00:00+00:00", measured.Due.ToIsoString());
        Assert.Equal(TimelinessStatus.Late, measured.Status);
        Assert.Equal(0, measured.WorkingDaysLate);
    }

    private static (string, int, int, int, int, int, int, int?, int?) Row(TimelinessGroup g) =>
        (g.Key, g.Steps, g.OnTime, g.Late, g.Overdue, g.NotYetDue, g.Extended, g.MedianWorkingDaysLate, g.P90WorkingDaysLate);

    private static TimelinessReport Report(ReportPeriod? period = null)
    {
        var engine = TimelinessProcedures.Engine();
        return TimelinessReport.Of(engine, [ReviewA(engine), ReviewB(engine), ReviewC(engine)], period ?? MarchToJune, Now);
    }

    private static ReviewState ReviewA(ReviewEngine engine)
    {
        var a = new ReviewDriver(engine, TimelinessProcedures.Referral("A", "alpha", Nation.England, Uk(2027, 3, 24, 10)));
        a.RecordOk(new StepCompleted(Uk(2027, 3, 30, 11), "ask", Manager));
        a.RecordOk(new DecisionRecorded(Uk(2027, 4, 22, 14), DecisionOutcome.Review, "alpha", "criteria met", "chair@board.example"));
        a.RecordOk(new StepCompleted(Uk(2027, 5, 6, 16), "tell", Manager));
        a.RecordOk(new ExtensionAgreed(Uk(2027, 5, 14, 10), "report", new DateOnly(2027, 5, 28), "Police disclosure awaited", "chair@board.example"));
        a.RecordOk(new StepCompleted(Uk(2027, 6, 1, 9), "report", Manager));
        return a.State;
    }

    private static ReviewState ReviewB(ReviewEngine engine)
    {
        var b = new ReviewDriver(engine, TimelinessProcedures.Referral("B", "alpha", Nation.Scotland, Uk(2027, 3, 24, 10)));
        b.RecordOk(new StepCompleted(Uk(2027, 3, 30, 11), "ask", Manager));
        b.RecordOk(new DecisionRecorded(Uk(2027, 4, 12, 10), DecisionOutcome.Review, "alpha", "criteria met", "chair@board.example"));
        b.RecordOk(new StepCompleted(Uk(2027, 4, 21, 15), "tell", Manager));
        return b.State;
    }

    private static ReviewState ReviewC(ReviewEngine engine) =>
        new ReviewDriver(engine, TimelinessProcedures.Referral("C", "beta", Nation.England, Uk(2027, 5, 24, 10))).State;
}
