using System.Text.Json;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Tests.Engine;

/// <summary>
/// How the demonstration Board's people get through a Serious Case Review, as the events each of them posts. The day
/// the referral arrives the business manager puts the panel chair, the lead reviewer and the agencies' safeguarding
/// leads on the review; after the decision, the IMR author. Each step is done by the person whose role owns it, on the
/// last working day it is due by, except the few they are late with. A notice that waits for a person is confirmed by
/// the business manager when the host can write and address its letter now; otherwise the step's owner sends it
/// another way and records the step done. The chair agrees the action plan, the business manager completes its one
/// action on its due date, and the chair signs it off once nothing else is left. Steps the system does itself (notices
/// that send automatically) are left to it.
/// </summary>
/// <remarks>
/// Only a letter that can be written is confirmed: one the host cannot write (no address for a recipient, or a field
/// the review does not have, such as the reviewers' names for <c>reviewer-names</c>) fails its command, which the
/// engine retries for minutes of real time while the virtual clock waits.
/// </remarks>
internal sealed class BoardAtWork(ReviewEngine engine, NoticeComposer composer, ReviewParticulars particulars, TimeProvider clock, BoardPeople people)
{
    /// <summary>The keys of the demonstration Board's people who take part.</summary>
    public const string Chair = "chair";

    public const string BusinessManager = "business-manager";

    public const string ImrAuthor = "imr-author";

    private const string PanelChair = "panel-chair";

    private const string Reviewer = "reviewer";

    /// <summary>Who the business manager puts on the review the day it arrives, and in which review role.</summary>
    private static readonly (string Person, string Role)[] FirstMembers =
    [
        (PanelChair, "panel-chair"),
        (PanelChair, "subgroup-chair"),
        (Reviewer, "lead-reviewer"),
        ("police-lead", "agency-safeguarding-lead"),
        ("health-lead", "agency-safeguarding-lead"),
    ];

    /// <summary>Who does the steps each role owns; the Board's own roles are the chair's and the business manager's.</summary>
    private static readonly Dictionary<string, string> Doers = new(StringComparer.Ordinal)
    {
        ["board-chair"] = Chair,
        ["business-manager"] = BusinessManager,
        ["panel-chair"] = PanelChair,
        ["subgroup-chair"] = PanelChair,
        ["lead-reviewer"] = Reviewer,
        ["agency-safeguarding-lead"] = "police-lead",
        ["imr-author"] = ImrAuthor,
    };

    /// <summary>Working days late, so reminders, escalations and morning digests run as they do for a real Board.</summary>
    private static readonly Dictionary<string, int> LateBy = new(StringComparer.Ordinal)
    {
        // An hour deadline: its first escalation goes at once rather than in the next morning's digest.
        ["records-secured"] = 1,
        ["agency-confirmation"] = 3,
        ["imrs-submitted"] = 5,
    };

    /// <summary>The first day after <paramref name="today"/> on which something is to be done, if anything is.</summary>
    public DateOnly? NextDay(ReviewState state, DateOnly today) =>
        ForPeople(state).Select(s => DayFor(state, s)).Where(d => d > today).Order().Select(d => (DateOnly?)d).FirstOrDefault();

    public string EmailOf(string person) => people.Find(person)!.Caller.Email!;

    /// <summary>What people post now, on <paramref name="today"/>; nothing when all of today's work is done.</summary>
    public IReadOnlyList<BoardPost> Posts(ReviewState state, DateOnly today)
    {
        var due = ForPeople(state).Where(s => DayFor(state, s) <= today).ToList();

        // The day's letters go first: a step completed with them could end a recurring step (the monthly progress
        // report ends with the review) before the host had issued the letter just confirmed for it.
        var letters = due.SelectMany(s => Letters(state, s)).ToList();
        if (letters.Count > 0)
        {
            return letters;
        }

        // Members first: each of them records their own steps in the same round.
        var posts = new List<BoardPost>();
        (string Person, string Role)[] members = state.ReviewHeld ? [.. FirstMembers, (ImrAuthor, "imr-author")] : FirstMembers;
        foreach (var (person, role) in members.Where(m => !state.Members.Any(x => x.Role == m.Role && x.Email == EmailOf(m.Person))))
        {
            posts.Add(new(BusinessManager, Json(new { type = "member-added", email = EmailOf(person), role })));
        }

        foreach (var step in due)
        {
            posts.AddRange(Do(state, step, today));
        }

        return posts;
    }

    private IEnumerable<ScheduledStep> ForPeople(ReviewState state) =>
        engine.Schedule(state).Where(s => s.Status == StepStatus.Open
            && !(s.Definition.Completion == StepCompletion.NoticesSent && s.Definition.Notices.All(n => !NoticeConfirmation.NeedsConfirmation(n, composer.Settings))));

    private static DateOnly DayFor(ReviewState state, ScheduledStep step)
    {
        // The sign-off step opens once the plan is agreed; the Board signs off when the last action is due.
        if (step.Definition.Completion == StepCompletion.SignOff)
        {
            return state.Actions.Max(a => a.Action.Due);
        }

        if (LateBy.TryGetValue(step.Id, out var late))
        {
            return UkCalendar.Default.AddWorkingDays(state.Nation, step.Due.Day, late);
        }

        var day = step.Due.Day;
        while (!UkCalendar.Default.IsWorkingDay(state.Nation, day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private IEnumerable<BoardPost> Do(ReviewState state, ScheduledStep step, DateOnly today)
    {
        switch (step.Definition.Completion)
        {
            case StepCompletion.Decision:
                return [new(Chair, Json(new { type = "decision-recorded", outcome = "review", kind = state.Kind, reasons = "Criteria met: a child seriously harmed and abuse suspected." }))];
            case StepCompletion.RecordsDecided:
                return [new(Chair, Json(new { type = "records-status-decided", keep = false }))];
            case StepCompletion.ActionPlanAgreed:
                return [new(Chair, ActionPlan(today.AddDays(14)))];
            case StepCompletion.SignOff:
                return SignOff(state, step);
            case StepCompletion.Published:
                return [new(BusinessManager, Json(new { type = "publication-recorded", publishedOn = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), link = "https://westbridge-scp.example/reviews/report.pdf" }))];
            default:
                return Done(state, step);
        }
    }

    private IEnumerable<BoardPost> Letters(ReviewState state, ScheduledStep step) =>
        step.Definition.Notices
            .Where(n => NoticeConfirmation.NeedsConfirmation(n, composer.Settings))
            .Where(n => !state.NoticesIssued.ContainsKey(ReviewState.NoticeKey(n.Id, step.Id, step.Occurrence)))
            .Where(n => CanWrite(state, step, n))
            .Select(n => new BoardPost(BusinessManager, Json(new { type = "notice-confirmed", notice = n.Id, step = step.Id })));

    /// <summary>
    /// The step's owner records it done once its letters have gone; a notices step whose letters all went is already
    /// done, so one still open here had a letter the host could not write or would not send. A step whose role nobody
    /// on the Board holds is recorded by the business manager, who says why.
    /// </summary>
    private static List<BoardPost> Done(ReviewState state, ScheduledStep step)
    {
        var keys = step.Definition.Notices.Select(n => ReviewState.NoticeKey(n.Id, step.Id, step.Occurrence));
        var sending = keys.Any(k => state.NoticesIssued.ContainsKey(k) && !state.NoticesSent.ContainsKey(k) && !state.NoticesBlocked.ContainsKey(k));
        if (sending)
        {
            return [];
        }

        return Doers.TryGetValue(step.Definition.Owner, out var doer)
            ? [new(doer, Json(new { type = "step-completed", step = step.Id }))]
            : [new(BusinessManager, Json(new { type = "step-completed", step = step.Id, justification = $"Done for the {step.Definition.Owner}, who is not on the review." }))];
    }

    private IEnumerable<BoardPost> SignOff(ReviewState state, ScheduledStep step)
    {
        // Signing off ends the review, so the Board waits until every other step is done, bar taking the report down.
        if (engine.Schedule(state).Any(s => s.Id != step.Id && s.Definition.Repeat is null && !s.Definition.OutlastsSignOff && s.Status is StepStatus.Open or StepStatus.Pending))
        {
            return [];
        }

        return [
            .. state.Actions.Where(a => a.Status != ActionStatus.Completed)
                .Select(a => new BoardPost(BusinessManager, Json(new { type = "action-updated", action = a.Action.Id, status = "completed", note = "Done as planned." }))),
            new(Chair, Json(new { type = "action-plan-signed-off" })),
        ];
    }

    /// <summary>Whether the host's composer can write and address the letter now, as it will when the notice is sent.</summary>
    private bool CanWrite(ReviewState state, ScheduledStep step, NoticeDefinition notice)
    {
        try
        {
            return composer.Compose(new SendNotice(state.Reference, notice.Id, step.Id, step.Occurrence, notice.To), state, particulars, clock.GetUtcNow()).Missing.Count == 0;
        }
        catch (NoticeRenderException)
        {
            return false;
        }
    }

    private static string ActionPlan(DateOnly due) => Json(new
    {
        type = "action-plan-agreed",
        actions = new[] { new { id = "a1", action = "Brief the staff of every agency on the learning from the review", owner = "Board", due, outcome = "Every agency confirms its staff were briefed" } },
    });

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
