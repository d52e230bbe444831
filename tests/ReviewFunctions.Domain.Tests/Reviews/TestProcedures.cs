using System.Text;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Tests.Reviews;

/// <summary>A small procedure whose every number is chosen for the test, so the expected instants are easy to check by hand.</summary>
internal static class TestProcedures
{
    public const string Roles = """
        {"roles":[
          {"id":"board-chair","title":"Board chair","escalatesTo":null},
          {"id":"business-manager","title":"Business manager","escalatesTo":"board-chair"},
          {"id":"agency-safeguarding-lead","title":"Agency safeguarding lead","escalatesTo":"business-manager"}
        ]}
        """;

    public const string Test = """
        {
          "kind": "test",
          "title": "Test review",
          "nations": ["england", "wales"],
          "framework": "test",
          "publication": "none",
          "source": "test",
          "reminders": {"before": [{"amount": 2, "unit": "working-days"}], "onDue": true,
                        "escalateAfter": {"amount": 1, "unit": "working-days"}, "repeatEvery": {"amount": 2, "unit": "working-days"}},
          "steps": [
            {"id": "agency-request", "title": "Ask agencies to secure records", "owner": "business-manager", "phase": "referral",
             "anchor": {"event": "referral-received"}, "deadline": {"amount": 1, "unit": "working-days"}, "completion": "notices-sent",
             "notices": [{"id": "agency-request-letter", "to": ["agencies"], "send": "automatic"}], "source": "t", "confidence": "seed"},
            {"id": "agency-confirmation", "title": "Agencies confirm involvement", "owner": "agency-safeguarding-lead", "phase": "referral",
             "anchor": {"step": "agency-request"}, "deadline": {"amount": 3, "unit": "working-days"}, "completion": "agencies-responded",
             "source": "t", "confidence": "seed"},
            {"id": "decision", "title": "Decide whether to hold a review", "owner": "board-chair", "phase": "referral",
             "anchor": {"event": "referral-received"}, "deadline": {"amount": 1, "unit": "months"}, "completion": "decision",
             "source": "t", "confidence": "seed"},
            {"id": "national-notification", "title": "Tell the national bodies", "owner": "business-manager", "phase": "review",
             "anchor": {"step": "decision"}, "deadline": {"amount": 5, "unit": "working-days"}, "completion": "notices-sent",
             "notices": [{"id": "decision-notice", "to": ["ofsted", "dfe", "national-panel"], "send": "automatic"}], "source": "t", "confidence": "seed"},
            {"id": "progress-update", "title": "Monthly progress update", "owner": "business-manager", "phase": "review",
             "anchor": {"step": "decision"}, "deadline": {"amount": 1, "unit": "months"},
             "repeat": {"every": {"amount": 1, "unit": "months"}, "until": "review-complete"}, "source": "t", "confidence": "seed"},
            {"id": "review-complete", "title": "Complete the review", "owner": "business-manager", "phase": "review",
             "anchor": {"step": "decision"}, "deadline": {"amount": 6, "unit": "months"}, "source": "t", "confidence": "seed"},
            {"id": "action-plan-signoff", "title": "Board signs off the action plan", "owner": "board-chair", "phase": "action-plan",
             "anchor": {"step": "review-complete"}, "deadline": {"amount": 3, "unit": "months"}, "completion": "sign-off",
             "source": "t", "confidence": "seed"}
          ]
        }
        """;

    public static ProcedureCatalogue Catalogue() => ProcedureCatalogue.Load(new Dictionary<string, byte[]>
    {
        ["roles.json"] = Encoding.UTF8.GetBytes(Roles),
        ["test.json"] = Encoding.UTF8.GetBytes(Test),
    });

    public static ReviewEngine Engine() => new(Catalogue(), UkCalendar.Default);

    /// <summary>Monday 8 February 2027, 10:00 UK time (GMT): no bank holiday near it in any nation.</summary>
    public static readonly DateTimeOffset Received = new(2027, 2, 8, 10, 0, 0, TimeSpan.Zero);

    public static ReferralReceived Referral(string kind = "test", params string[] agencies) =>
        new(Received, "CR-2027-0001", kind, Nation.England, new DateOnly(2027, 2, 5), null, agencies.Length == 0 ? ["Police", "Health"] : agencies, "intake");

    public static DateTimeOffset Uk(int year, int month, int day, int hour = 9, int minute = 0) =>
        Domain.Deadlines.UkTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));
}
