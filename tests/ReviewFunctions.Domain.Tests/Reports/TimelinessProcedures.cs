using System.Text;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Tests.Reviews;

namespace ReviewFunctions.Domain.Tests.Reports;

/// <summary>
/// Two kinds with the same four steps, whose deadlines are easy to count by hand in England's and Scotland's 2027
/// calendars (Easter Monday is a holiday in England only).
/// </summary>
internal static class TimelinessProcedures
{
    private const string Steps = """
        "steps": [
          {"id": "ask", "title": "Ask agencies to secure records", "owner": "business-manager", "phase": "referral",
           "anchor": {"event": "referral-received"}, "deadline": {"amount": 1, "unit": "working-days"}, "source": "t", "confidence": "seed"},
          {"id": "decision", "title": "Decide whether to hold a review", "owner": "board-chair", "phase": "referral",
           "anchor": {"event": "referral-received"}, "deadline": {"amount": 1, "unit": "months"}, "completion": "decision", "source": "t", "confidence": "seed"},
          {"id": "tell", "title": "Tell the national bodies", "owner": "business-manager", "phase": "review",
           "anchor": {"step": "decision"}, "deadline": {"amount": 5, "unit": "working-days"}, "source": "t", "confidence": "seed"},
          {"id": "report", "title": "Write the report", "owner": "business-manager", "phase": "review",
           "anchor": {"step": "decision"}, "deadline": {"amount": 20, "unit": "working-days"}, "source": "t", "confidence": "seed"}
        ]
        """;

    /// <summary>One step due 24 clock hours after the referral, as agencies securing their records are.</summary>
    private const string Hours = """
        {
          "kind": "hours", "title": "Hours review", "nations": ["england"], "framework": "test", "publication": "none", "source": "test",
          "reminders": {"before": [], "onDue": false},
          "steps": [
            {"id": "secure", "title": "Secure the records", "owner": "business-manager", "phase": "referral",
             "anchor": {"event": "referral-received"}, "deadline": {"amount": 24, "unit": "hours"}, "source": "t", "confidence": "seed"},
            {"id": "decision", "title": "Decide whether to hold a review", "owner": "board-chair", "phase": "referral",
             "anchor": {"event": "referral-received"}, "deadline": {"amount": 1, "unit": "months"}, "completion": "decision", "source": "t", "confidence": "seed"}
          ]
        }
        """;

    public static ReviewEngine Engine() => new(
        ProcedureCatalogue.Load(new Dictionary<string, byte[]>
        {
            ["roles.json"] = Encoding.UTF8.GetBytes(TestProcedures.Roles),
            ["alpha.json"] = Encoding.UTF8.GetBytes(Kind("alpha", "Alpha review")),
            ["beta.json"] = Encoding.UTF8.GetBytes(Kind("beta", "Beta review")),
            ["hours.json"] = Encoding.UTF8.GetBytes(Hours),
        }),
        UkCalendar.Default);

    public static ReferralReceived Referral(string reference, string kind, Nation nation, DateTimeOffset at) =>
        new(at, reference, kind, nation, null, null, ["Police"], "intake");

    private static string Kind(string kind, string title) => $$"""
        {
          "kind": "{{kind}}", "title": "{{title}}", "nations": ["england", "scotland"], "framework": "test", "publication": "none", "source": "test",
          "reminders": {"before": [], "onDue": false},
          {{Steps}}
        }
        """;
}
