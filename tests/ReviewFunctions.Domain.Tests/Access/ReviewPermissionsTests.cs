using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Tests.Access;

public sealed class ReviewPermissionsTests
{
    private static readonly DateTimeOffset At = new(2027, 2, 8, 10, 0, 0, TimeSpan.Zero);
    private static readonly Procedure Scr = ProcedureCatalogue.Embedded.Get("scr");
    private static readonly PartnershipDomains Board = PartnershipDomains.Of(["board.example"]);

    private static readonly Caller Admin = Person("admin@board.example", BoardRoles.Admin);
    private static readonly Caller Manager = Person("bm@board.example", BoardRoles.Manager);
    private static readonly Caller Chair = Person("chair@board.example", BoardRoles.Chair);
    private static readonly Caller Auditor = Person("inspector@board.example", BoardRoles.Auditor);
    private static readonly Caller Intake = new("app-1", "Intake mailbox reader", null, new HashSet<string> { BoardRoles.IntakeSubmitter });
    private static readonly Caller PanelChair = Person("panel@board.example", BoardRoles.Participant);
    private static readonly Caller Stranger = Person("someone@board.example", BoardRoles.Participant);

    private static readonly ReviewState Review = new()
    {
        Reference = "CR-2027-0001",
        Kind = "scr",
        Nation = Nation.England,
        ReceivedAt = At,
        Members = [new ReviewMember("Panel@Board.example", "subgroup-chair", At, "bm@board.example")],
        Actions = [new ActionState(new PlannedAction("A1", "Train staff", "panel@board.example", new DateOnly(2027, 9, 1), "All trained"), ActionStatus.Open, null, At)],
    };

    public static TheoryData<string, string, string?> EventsAndWhoMayRecordThem => new()
    {
        // event, caller, the role they act in (null: refused)
        { "decision", "chair", BoardRoles.Chair },
        { "decision", "admin", BoardRoles.Admin },
        { "decision", "manager", null },
        { "decision", "panel", null },
        { "decision", "auditor", null },
        { "decision", "intake", null },
        { "extension", "chair", BoardRoles.Chair },
        { "extension", "manager", null },
        { "signoff", "chair", BoardRoles.Chair },
        { "signoff", "panel", null },
        { "records", "chair", BoardRoles.Chair },
        { "records", "manager", null },
        { "confirm", "manager", BoardRoles.Manager },
        { "confirm", "chair", null },
        { "add-inside", "manager", BoardRoles.Manager },
        { "add-inside", "chair", null },
        { "add-inside", "panel", null },
        { "add-outside", "manager", null },
        { "add-outside", "admin", null },
        { "remove", "manager", BoardRoles.Manager },
        { "remove", "panel", null },
        { "plan", "manager", BoardRoles.Manager },
        { "plan", "chair", BoardRoles.Chair },
        { "plan", "panel", null },
        { "action-own", "panel", "Review.Participant (subgroup-chair)" },
        { "action-own", "stranger", null },
        { "action-own", "chair", BoardRoles.Chair },
        { "step-member", "panel", "Review.Participant (subgroup-chair)" },
        { "step-member", "stranger", null },
        { "step-member", "manager", null },
        { "step-member", "auditor", null },
        { "step-board-chair", "chair", BoardRoles.Chair },
        { "step-board-chair", "panel", null },
        { "step-manager", "manager", BoardRoles.Manager },
        { "step-manager", "chair", null },
        { "agency", "panel", null },
        { "agency", "manager", null },
        { "agency", "intake", null },
    };

    [Theory]
    [MemberData(nameof(EventsAndWhoMayRecordThem))]
    public void Each_event_is_for_the_roles_that_own_it(string what, string who, string? actingAs)
    {
        var decision = ReviewPermissions.CanRecord(Caller(who), Review, Scr, Event(what), null, Board.Includes);

        Assert.Equal(actingAs, decision.ActingAs);
        Assert.Equal(actingAs is null, decision.Refusal is not null);
    }

    [Theory]
    [InlineData("step-member", "manager", BoardRoles.Manager)]
    [InlineData("step-member", "chair", BoardRoles.Chair)]
    [InlineData("step-member", "admin", BoardRoles.Admin)]
    [InlineData("step-manager", "chair", BoardRoles.Chair)]
    [InlineData("agency", "manager", BoardRoles.Manager)]
    [InlineData("add-outside", "admin", BoardRoles.Admin)]
    [InlineData("step-member", "stranger", null)]
    [InlineData("add-outside", "manager", null)]
    [InlineData("decision", "manager", null)]
    public void A_reason_lets_the_Board_act_for_another_role_but_gives_no_one_a_role_they_lack(string what, string who, string? actingAs)
    {
        var decision = ReviewPermissions.CanRecord(Caller(who), Review, Scr, Event(what), "  on leave  ", Board.Includes);

        Assert.Equal(actingAs, decision.ActingAs);
    }

    [Fact]
    public void A_blank_reason_is_no_reason()
    {
        Assert.False(ReviewPermissions.CanRecord(Manager, Review, Scr, Event("step-member"), "   ", Board.Includes).Allowed);
    }

    [Fact]
    public void Refusals_say_what_is_missing()
    {
        Assert.Equal("Recording the Board's decision needs Board.Chair or Board.Admin.", ReviewPermissions.CanRecord(Manager, Review, Scr, Event("decision"), null, Board.Includes).Refusal);
        Assert.Equal(
            "Step 'Give the Board chair the panel's recommendation: an SCR, another kind of review or audit, or no review' is for the review's subgroup-chair: you are not a member of review CR-2027-0001 in that role.",
            ReviewPermissions.CanRecord(Stranger, Review, Scr, Event("step-member"), null, Board.Includes).Refusal);
        Assert.Equal(
            "The address is outside the partnership's e-mail domains: adding it to a review needs Board.Admin and a recorded 'justification'.",
            ReviewPermissions.CanRecord(Manager, Review, Scr, Event("add-outside"), null, Board.Includes).Refusal);
    }

    [Fact]
    public void An_unknown_step_is_left_to_the_review_to_refuse_by_name()
    {
        Assert.True(ReviewPermissions.CanRecord(Manager, Review, Scr, new StepCompleted(At, "no-such-step", "bm@board.example"), null, Board.Includes).Allowed);
        Assert.False(ReviewPermissions.CanRecord(Auditor, Review, Scr, new StepCompleted(At, "no-such-step", "x"), null, Board.Includes).Allowed);
    }

    [Fact]
    public void What_only_the_system_records_cannot_be_recorded_by_anyone()
    {
        Assert.False(ReviewPermissions.CanRecord(Admin, Review, Scr, new NoticeSent(At, "n", "s", 1), null, Board.Includes).Allowed);
        Assert.False(ReviewPermissions.CanRecord(Admin, Review, Scr, new ReminderSent(At, "s", 1, At, ReminderKind.OnDue, "x"), "why", Board.Includes).Allowed);
    }

    [Theory]
    [InlineData("admin", BoardRoles.Admin)]
    [InlineData("manager", BoardRoles.Manager)]
    [InlineData("chair", BoardRoles.Chair)]
    [InlineData("auditor", BoardRoles.Auditor)]
    [InlineData("panel", "Review.Participant (subgroup-chair)")]
    [InlineData("stranger", null)]
    [InlineData("intake", null)]
    public void Who_sees_a_review(string who, string? actingAs)
    {
        Assert.Equal(actingAs, ReviewPermissions.CanRead(Caller(who), Review).ActingAs);
    }

    [Fact]
    public void A_participant_who_is_not_a_member_is_told_who_adds_members()
    {
        Assert.Equal("You are not a member of review CR-2027-0001. The Board's business manager adds the people on a review.", ReviewPermissions.CanRead(Stranger, Review).Refusal);
        Assert.Equal("Reading review CR-2027-0001 needs one of Board.Admin, Board.Manager, Board.Chair or Audit.Read, or Review.Participant as a member of the review.", ReviewPermissions.CanRead(Intake, Review).Refusal);
    }

    [Fact]
    public void A_member_removed_sees_the_review_no_longer()
    {
        var after = Review with { Members = [] };

        Assert.False(ReviewPermissions.CanRead(PanelChair, after).Allowed);
        Assert.False(ReviewPermissions.CanRecord(PanelChair, after, Scr, Event("step-member"), null, Board.Includes).Allowed);
    }

    private static ReviewEvent Event(string what) => what switch
    {
        "decision" => new DecisionRecorded(At, DecisionOutcome.Review, "scr", "reasons", "x"),
        "extension" => new ExtensionAgreed(At, "review-complete", new DateOnly(2027, 10, 1), "reason", "x"),
        "signoff" => new ActionPlanSignedOff(At, "x"),
        "records" => new RecordsStatusDecided(At, true, "x", RecordsHoldReason.CriminalProceedings),
        "confirm" => new NoticeConfirmed(At, "n", "s", "x"),
        "add-inside" => new MemberAdded(At, "new@team.board.example", "lead-reviewer", "x"),
        "add-outside" => new MemberAdded(At, "new@board.example.evil", "lead-reviewer", "x"),
        "remove" => new MemberRemoved(At, "panel@board.example", "subgroup-chair", "x"),
        "plan" => new ActionPlanAgreed(At, [], "x"),
        "action-own" => new ActionUpdated(At, "A1", ActionStatus.Completed, "x"),
        "step-member" => new StepCompleted(At, "panel-recommendation", "x"),
        "step-board-chair" => new StepCompleted(At, "decision", "x"),
        "step-manager" => new StepCompleted(At, "panel-convened", "x"),
        "agency" => new AgencyResponded(At, "Police", true, true, "x"),
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
    };

    private static Caller Caller(string who) => who switch
    {
        "admin" => Admin,
        "manager" => Manager,
        "chair" => Chair,
        "auditor" => Auditor,
        "intake" => Intake,
        "panel" => PanelChair,
        "stranger" => Stranger,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
    };

    private static Caller Person(string email, string role) => new("oid-" + email, email, email, new HashSet<string> { role });
}
