using System.Text.Json;
using ReviewFunctions.Bench.Running;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Bench.Local;

/// <summary>
/// How the demonstration Board's people get through a review, as the events each of them posts; the same habits as
/// the local host's full-life test. The day the referral arrives the business manager puts the panel chair, the lead
/// reviewer and the agencies' safeguarding leads on the review; once it is decided, the IMR author. Each step is done
/// by the person whose role owns it, on the last working day it is due by, except the few they are late with. A
/// notice that waits for a person is confirmed by the business manager when the host can write and address its
/// letter; otherwise the step's owner sends it another way and records the step done. The chair agrees the action
/// plan, the business manager completes its actions on their due dates, and the chair signs it off once nothing else
/// is left. Notices that send automatically are left to the host.
/// </summary>
/// <remarks>
/// Over HTTP there is no preview of a letter, so "can write" is judged from the shipped notice directory and templates:
/// every recipient that is a directory entry has an address (or, for a group, members on the review), and the letter
/// needs none of the facts no API records. A letter the host cannot write fails its command, which the host retries for
/// minutes of real time while the clock waits, so the bench must not confirm one.
/// </remarks>
/// <param name="planMonths">How many months the action plan runs: one action falls due each month.</param>
internal sealed class BoardHabits(ProcedureCatalogue procedures, NoticeCatalogue notices, BoardPeople people, int planMonths)
{
    /// <summary>The keys of the Board's people who take part.</summary>
    private const string Chair = "chair";
    private const string BusinessManager = "business-manager";
    private const string PanelChair = "panel-chair";
    private const string Reviewer = "reviewer";
    private const string ImrAuthor = "imr-author";

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
        ["records-secured"] = 1,
        ["agency-confirmation"] = 3,
        ["imrs-submitted"] = 5,
    };

    /// <summary>The reviewers' names: letters carry them, and no API records them.</summary>
    private static readonly HashSet<string> UnrecordedFacts = new(StringComparer.Ordinal) { "panelChairName", "overviewAuthorName" };

    /// <summary>The first day after <paramref name="today"/> on which something is to be done, if anything is.</summary>
    public DateOnly? NextDay(ReviewSnapshot review, DateOnly today) =>
        ForPeople(review).Select(s => DayFor(review, s.Step, s.Definition))
            .Concat(review.Actions.Where(a => !a.Completed).Select(a => a.Due))
            .Where(d => d > today).Order().Select(d => (DateOnly?)d).FirstOrDefault();

    /// <summary>What people post now, on <paramref name="today"/>; nothing when all of today's work is done.</summary>
    public IReadOnlyList<Post> Posts(ReviewSnapshot review, DateOnly today)
    {
        var due = ForPeople(review).Where(s => DayFor(review, s.Step, s.Definition) <= today).ToList();

        // The day's letters go first: a step completed with them could end a recurring step (the monthly progress
        // report ends with the review) before the host had issued the letter just confirmed for it.
        var letters = due.SelectMany(s => Letters(review, s.Step, s.Definition)).ToList();
        if (letters.Count > 0)
        {
            return letters;
        }

        // Members first: each of them records their own steps in the same round.
        var posts = new List<Post>();
        (string Person, string Role)[] members = review.ReviewHeld ? [.. FirstMembers, (ImrAuthor, "imr-author")] : FirstMembers;
        foreach (var (person, role) in members.Where(m => !review.Members.Contains((EmailOf(m.Person), m.Role))))
        {
            posts.Add(Post.Of("review members", BusinessManager, new { type = "member-added", email = EmailOf(person), role }));
        }

        // The business manager marks each action done on the day it falls due.
        posts.AddRange(review.Actions.Where(a => !a.Completed && a.Due <= today)
            .Select(a => Post.Of("action plan", BusinessManager, new { type = "action-updated", action = a.Id, status = "completed", note = "Done as planned." })));

        foreach (var (step, definition) in due)
        {
            posts.AddRange(Do(review, step, definition, today));
        }

        return posts;
    }

    private IEnumerable<(StepSnapshot Step, ProcedureStep Definition)> ForPeople(ReviewSnapshot review)
    {
        var procedure = procedures.Get(review.Kind);
        return review.Steps.Where(s => s.IsOpen)
            .Select(s => (Step: s, Definition: procedure.Step(s.Id)))
            .Where(s => !(s.Definition.Completion == StepCompletion.NoticesSent && s.Definition.Notices.All(n => n.Send == NoticeSending.Automatic)));
    }

    private static DateOnly DayFor(ReviewSnapshot review, StepSnapshot step, ProcedureStep definition)
    {
        // The sign-off waits for the plan's last action to fall due.
        if (definition.Completion == StepCompletion.SignOff && review.Actions.Count > 0)
        {
            return review.Actions.Max(a => a.Due);
        }

        if (LateBy.TryGetValue(step.Id, out var late))
        {
            return UkCalendar.Default.AddWorkingDays(review.Nation, step.Due, late);
        }

        var day = step.Due;
        while (!UkCalendar.Default.IsWorkingDay(review.Nation, day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private List<Post> Do(ReviewSnapshot review, StepSnapshot step, ProcedureStep definition, DateOnly today)
    {
        var kind = Kind(definition.Completion);
        return definition.Completion switch
        {
            StepCompletion.Decision => [Post.Of(kind, Chair, new { type = "decision-recorded", outcome = "review", kind = review.Kind, reasons = "Criteria met: a child seriously harmed and abuse suspected." })],
            StepCompletion.RecordsDecided => [Post.Of(kind, Chair, new { type = "records-status-decided", keep = false })],
            StepCompletion.ActionPlanAgreed => [ActionPlan(kind, today)],
            StepCompletion.SignOff => SignOff(review, step, kind, today),
            StepCompletion.Published => [Post.Of(kind, BusinessManager, new { type = "publication-recorded", publishedOn = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), link = "https://board.example/reviews/report.pdf" })],
            _ => Done(review, step, definition, kind),
        };
    }

    private IEnumerable<Post> Letters(ReviewSnapshot review, StepSnapshot step, ProcedureStep definition) =>
        definition.Notices
            .Where(n => n.Send == NoticeSending.Confirm && !Issued(review, step).Any(i => i.Notice == n.Id) && CanWrite(review, n))
            .Select(n => Post.Of(Kind(definition.Completion), BusinessManager, new { type = "notice-confirmed", notice = n.Id, step = step.Id }));

    /// <summary>
    /// The step's owner records it done once its letters have gone; a notices step whose letters all went is already
    /// done, so one still open here had a letter the host could not write or would not send. A step whose role nobody
    /// on the Board holds is recorded by the business manager, who says why.
    /// </summary>
    private static List<Post> Done(ReviewSnapshot review, StepSnapshot step, ProcedureStep definition, string kind)
    {
        if (Issued(review, step).Any(i => i.Status == "sending"))
        {
            return [];
        }

        return Doers.TryGetValue(definition.Owner, out var doer)
            ? [Post.Of(kind, doer, new { type = "step-completed", step = step.Id })]
            : [Post.Of(kind, BusinessManager, new { type = "step-completed", step = step.Id, justification = $"Done for the {definition.Owner}, who is not on the review." })];
    }

    private static IEnumerable<NoticeSnapshot> Issued(ReviewSnapshot review, StepSnapshot step) =>
        review.Notices.Where(n => n.Step == step.Id && n.Occurrence == step.Occurrence);

    private List<Post> SignOff(ReviewSnapshot review, StepSnapshot step, string kind, DateOnly today)
    {
        // Signing off ends the review, so the Board waits until every other step is done; recurring ones stop with it.
        var procedure = procedures.Get(review.Kind);
        if (review.Steps.Any(s => s.Id != step.Id && s.Status is "open" or "overdue" or "pending" && procedure.Step(s.Id).Repeat is null && !procedure.Step(s.Id).OutlastsSignOff))
        {
            return [];
        }

        // Some procedures have no step for agreeing the plan: the Board agrees it at sign-off.
        if (review.Actions.Count == 0)
        {
            return [ActionPlan(kind, today)];
        }

        return [
            .. review.Actions.Where(a => !a.Completed)
                .Select(a => Post.Of(kind, BusinessManager, new { type = "action-updated", action = a.Id, status = "completed", note = "Done as planned." })),
            Post.Of(kind, Chair, new { type = "action-plan-signed-off" }),
        ];
    }

    private bool CanWrite(ReviewSnapshot review, NoticeDefinition notice)
    {
        var addressed = notice.To.All(to => !NoticeSettingsReader.ShippedEntries.TryGetValue(to, out var entry)
            || entry.Email is not null
            || (entry.MembersOf is { } role && review.HasMemberIn(role)));
        var template = notices.Template(notices.Get(notice.Id, review.Kind).Template);
        var needed = TemplateFields.In(template.Subject).Concat(template.Blocks.Where(b => !b.Optional).SelectMany(b => b.Lines.SelectMany(TemplateFields.In)));
        return addressed && !needed.Any(UnrecordedFacts.Contains);
    }

    /// <summary>An action due each month from the month after the plan is agreed; the Board signs off when the last is due.</summary>
    private Post ActionPlan(string kind, DateOnly agreed) => Post.Of(kind, Chair, new
    {
        type = "action-plan-agreed",
        actions = Enumerable.Range(1, planMonths).Select(month => new
        {
            id = $"a{month}",
            action = $"Brief the staff of every agency on part {month} of the learning from the review",
            owner = "Board",
            due = agreed.AddMonths(month),
            outcome = "Every agency confirms its staff were briefed",
        }),
    });

    private string EmailOf(string person) =>
        people.Find(person)?.Caller.Email ?? throw new BenchFailedException($"The Board file has nobody with an e-mail address under the key '{person}'.");

    /// <summary>The completion kind as procedure files spell it: "notices-sent", "sign-off".</summary>
    private static string Kind(StepCompletion completion) => JsonNamingPolicy.KebabCaseLower.ConvertName(completion.ToString());
}
