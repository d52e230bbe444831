using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Domain.Procedures;

/// <summary>The words a procedure file may use, as documented in docs/PROCEDURES.md.</summary>
internal static class ProcedureFields
{
    public static readonly IReadOnlySet<string> ProcedureKeys = Set("kind", "title", "nations", "framework", "publication", "source", "reminders", "steps");

    public static readonly IReadOnlySet<string> StepKeys = Set("id", "title", "owner", "phase", "anchor", "deadline", "repeat", "completion", "notices", "reminders", "source", "confidence", "note", "supersededByDecision", "outlastsSignOff");

    public static readonly IReadOnlySet<string> AnchorKeys = Set("event", "step");

    public static readonly IReadOnlySet<string> DeadlineKeys = Set("amount", "unit", "direction", "onWorkingDay", "monthStart");

    public static readonly IReadOnlySet<string> PeriodKeys = Set("amount", "unit");

    public static readonly IReadOnlySet<string> RepeatKeys = Set("every", "until");

    public static readonly IReadOnlySet<string> NoticeKeys = Set("id", "to", "send");

    public static readonly IReadOnlySet<string> ReminderKeys = Set("before", "onDue", "escalateAfter", "repeatEvery");

    public static readonly IReadOnlySet<string> RolesFileKeys = Set("roles");

    public static readonly IReadOnlySet<string> RoleKeys = Set("id", "title", "escalatesTo");

    public static readonly IReadOnlyDictionary<string, DeadlineUnit> Units = new Dictionary<string, DeadlineUnit>
    {
        ["working-days"] = DeadlineUnit.WorkingDays,
        ["hours"] = DeadlineUnit.Hours,
        ["days"] = DeadlineUnit.Days,
        ["weeks"] = DeadlineUnit.Weeks,
        ["months"] = DeadlineUnit.Months,
    };

    public static readonly IReadOnlyDictionary<string, DeadlineDirection> Directions = new Dictionary<string, DeadlineDirection>
    {
        ["after"] = DeadlineDirection.After,
        ["before"] = DeadlineDirection.Before,
    };

    public static readonly IReadOnlyDictionary<string, StepPhase> Phases = new Dictionary<string, StepPhase>
    {
        ["referral"] = StepPhase.Referral,
        ["review"] = StepPhase.Review,
        ["action-plan"] = StepPhase.ActionPlan,
    };

    public static readonly IReadOnlyDictionary<string, StepCompletion> Completions = new Dictionary<string, StepCompletion>
    {
        ["manual"] = StepCompletion.Manual,
        ["referral-received"] = StepCompletion.ReferralReceived,
        ["decision"] = StepCompletion.Decision,
        ["notices-sent"] = StepCompletion.NoticesSent,
        ["agencies-responded"] = StepCompletion.AgenciesResponded,
        ["action-plan-agreed"] = StepCompletion.ActionPlanAgreed,
        ["records-decided"] = StepCompletion.RecordsDecided,
        ["sign-off"] = StepCompletion.SignOff,
        ["published"] = StepCompletion.Published,
    };

    public static readonly IReadOnlyDictionary<string, Confidence> Confidences = new Dictionary<string, Confidence>
    {
        ["seed"] = Confidence.Seed,
        ["verified"] = Confidence.Verified,
        ["unverified"] = Confidence.Unverified,
    };

    public static readonly IReadOnlyDictionary<string, NoticeSending> Sendings = new Dictionary<string, NoticeSending>
    {
        ["automatic"] = NoticeSending.Automatic,
        ["confirm"] = NoticeSending.Confirm,
        ["on-due"] = NoticeSending.OnDue,
    };

    public static readonly IReadOnlyDictionary<string, Nation> Nations =
        NationNames.All.ToDictionary(n => n, n => NationNames.TryParse(n, out var nation) ? nation : default);

    public static bool IsKebab(string id) =>
        id.Length > 0 && char.IsAsciiLetterLower(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !id.EndsWith('-') && !id.Contains("--", StringComparison.Ordinal);

    private static HashSet<string> Set(params string[] keys) => new(keys, StringComparer.Ordinal);
}
