using System.Text.Json;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Tests.Reviews;

public sealed class ReviewJsonTests
{
    private static readonly DateTimeOffset At = new(2027, 2, 8, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<ReviewEvent> EveryEvent() =>
    [
        new ReferralReceived(At, "CR-2027-0001", "scr", Nation.NorthernIreland, new DateOnly(2027, 2, 5), null, ["Police"], "intake"),
        new AgencyResponded(At, "Police", true, true, "lead@police.example"),
        new DecisionRecorded(At, DecisionOutcome.NoReview, "scr", "criteria not met", "chair@board.example"),
        new StepCompleted(At, "agency-request", "bm@board.example", "letters sent", 2),
        new ExtensionAgreed(At, "review-complete", new DateOnly(2027, 10, 1), "trial", "chair@board.example"),
        new MemberAdded(At, "a@b.example", "panel-chair", "bm@board.example"),
        new MemberRemoved(At, "a@b.example", "panel-chair", "bm@board.example"),
        new ReminderSent(At, "decision", 1, At, ReminderKind.BeforeDue, "board-chair"),
        new Escalated(At, "decision", 1, At, "board-chair", "board-chair"),
        new NoticeIssued(At, "decision-notice", "national-notification", 1, ["ofsted"]),
        new NoticeSent(At, "decision-notice", "national-notification", 1, "msg-1"),
        new NoticeConfirmed(At, "incident-notice", "incident-notification", "bm@board.example"),
        new NoticeBlocked(At, "decision-notice", "national-notification", 1, "a family member’s name appeared in the text"),
        new NoticeUndelivered(At, "decision-notice", "national-notification", 1, ["Ofsted (the mail service refused the message: 400)"], "0123456789abcdef"),
        new DirectoryUpdated(At, "fedcba9876543210"),
        new ReviewResumed(At, "its orchestration had been terminated"),
        new CaseFilesSecured(At, 2, "CR-2027-0001", ["chair@panel.example"]),
        new ActionPlanAgreed(At, [new PlannedAction("a1", "Train", "Police", new DateOnly(2027, 5, 1), "Audit")], "chair@board.example"),
        new ActionUpdated(At, "a1", ActionStatus.Completed, "owner@police.example"),
        new ActionPlanSignedOff(At, "chair@board.example"),
        new RecordsStatusDecided(At, true, "chair@board.example", RecordsHoldReason.CriminalProceedings, "trial listed"),
        new CaseFilesReleased(At, 12),
    ];

    [Theory]
    [MemberData(nameof(EveryEvent))]
    public void Every_event_reads_back_as_it_was_written(ReviewEvent e)
    {
        var json = ReviewJson.Serialize(e);

        var back = ReviewJson.Deserialize(json);

        Assert.Equal(ReviewJson.Serialize(e), ReviewJson.Serialize(back));
        Assert.Equal(e.GetType(), back.GetType());
    }

    [Fact]
    public void Events_are_kebab_case_and_camel_case_as_the_API_documents_them()
    {
        var json = ReviewJson.Serialize(new DecisionRecorded(At, DecisionOutcome.NoReview, "scr", "criteria not met", "chair@board.example"));

        Assert.Equal("""{"type":"decision-recorded","outcome":"no-review","kind":"scr","reasons":"criteria not met","by":"chair@board.example","at":"2027-02-08T10:00:00+00:00"}""", json);
    }

    [Fact]
    public void A_posted_decision_reads_as_the_decision_event()
    {
        var e = ReviewJson.Deserialize("""{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"child died; abuse suspected","by":"chair@board.example","at":"2027-02-20T10:00:00Z"}""");

        var decision = Assert.IsType<DecisionRecorded>(e);
        Assert.Equal((DecisionOutcome.Review, "scr"), (decision.Outcome, decision.Kind));
    }

    [Theory]
    [InlineData("""{"type":"decision-taken","by":"x","at":"2027-02-20T10:00:00Z"}""", "decision-taken")]
    [InlineData("""{"type":"step-completed","by":"x","at":"2027-02-20T10:00:00Z"}""", "step")]
    [InlineData("""{"type":"step-completed","step":"decision","by":"x","at":"2027-02-20T10:00:00Z","colour":"red"}""", "colour")]
    [InlineData("""{"type":"decision-recorded","outcome":"maybe","kind":"scr","reasons":"r","by":"x","at":"2027-02-20T10:00:00Z"}""", "outcome")]
    public void A_malformed_event_is_refused_with_a_message_naming_what_is_wrong(string json, string named)
    {
        var error = Assert.Throws<JsonException>(() => ReviewJson.Deserialize(json));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_travel_between_orchestration_and_activities_with_their_type()
    {
        ReviewCommand command = new RemindOwner("CR-2027-0001", "decision", "Decide", 1, "board-chair", Domain.Deadlines.Due.EndOfDay(new DateOnly(2027, 3, 8)), At, ReminderKind.OnDue);

        var json = JsonSerializer.Serialize(command, ReviewJson.Options);
        var back = JsonSerializer.Deserialize<ReviewCommand>(json, ReviewJson.Options);

        Assert.Equal(command, back);
        Assert.Contains("\"command\":\"remind-owner\"", json, StringComparison.Ordinal);
    }
}
