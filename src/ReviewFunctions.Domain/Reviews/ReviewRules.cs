using System.Net.Mail;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>
/// Checks a person's event against the review before it is recorded. A rejected event leaves the review as it was,
/// and the message says exactly what is wrong in words a business manager understands.
/// </summary>
internal sealed class ReviewRules(ProcedureCatalogue catalogue)
{
    /// <summary>Returns the event to record (recurring steps get their occurrence filled in) or why it cannot be.</summary>
    public (ReviewEvent? Accepted, Rejection? Rejection) Check(ReviewState state, IReadOnlyList<ScheduledStep> schedule, ReviewEvent e)
    {
        if (state.Finished)
        {
            return Conflict($"Review {state.Reference} has finished ({state.FinishedReason}) so nothing more can be recorded on it.");
        }

        if (IsPersons(e) && string.IsNullOrWhiteSpace(By(e)))
        {
            return Invalid("Say who is recording this ('by').");
        }

        if (IsPersons(e) && e.At < state.ReceivedAt)
        {
            return Invalid($"This is dated {Written(e.At)}, before the referral was received ({Written(state.ReceivedAt)}). Nothing in a review can come before its referral: check the date, or the clock.");
        }

        return e switch
        {
            ReferralReceived => Conflict($"Review {state.Reference} has already started."),
            AgencyResponded r => CheckAgency(state, r),
            DecisionRecorded d => CheckDecision(state, d),
            StepCompleted c => CheckStep(state, schedule, c),
            ExtensionAgreed x => CheckExtension(schedule, x),
            MemberAdded m => CheckMemberAdded(state, m),
            MemberRemoved m => state.Members.Any(x => ReviewEvolution.SameMember(x, m.Email, m.Role))
                ? (m, null)
                : Invalid($"{m.Email} is not a member of this review as {m.Role}."),
            NoticeSent n => CheckNoticeSent(state, n),
            NoticeConfirmed n => CheckNoticeConfirmed(state, schedule, n),
            NoticeBlocked b => Issued(state, b, b.Notice, b.Step, b.Occurrence),
            NoticeUndelivered u => Issued(state, u, u.Notice, u.Step, u.Occurrence),
            ActionPlanAgreed p => CheckActionPlan(state, p),
            RecordsStatusDecided r => CheckRecordsDecision(state, schedule, r),
            ActionUpdated u => state.Actions.Any(a => a.Action.Id == u.Action)
                ? (u, null)
                : Invalid($"The action plan has no action '{u.Action}'."),
            ActionPlanSignedOff s => CheckSignOff(state, schedule, s),
            PublicationRecorded or EmbargoRecorded or EmbargoLifted => PublicationRules.Check(state, schedule, e),
            ThemesRecorded t => CheckThemes(t),
            _ => (e, null),
        };
    }

    private static (ReviewEvent?, Rejection?) CheckAgency(ReviewState state, AgencyResponded r)
    {
        if (string.IsNullOrWhiteSpace(r.Agency))
        {
            return Invalid("Name the agency that responded.");
        }

        var known = state.Agencies.FirstOrDefault(a => string.Equals(a, r.Agency.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            return Invalid($"'{r.Agency}' was not asked to respond on this review. Agencies asked: {string.Join(", ", state.Agencies)}.");
        }

        return state.AgencyResponses.TryGetValue(known, out var earlier)
            ? Conflict($"{known} already responded on {earlier.At:yyyy-MM-dd}.")
            : (r with { Agency = known }, null);
    }

    private static (ReviewEvent?, Rejection?) CheckNoticeConfirmed(ReviewState state, IReadOnlyList<ScheduledStep> schedule, NoticeConfirmed n)
    {
        var step = schedule.FirstOrDefault(s => s.Id == n.Step && s.Status == StepStatus.Open)
            ?? schedule.FirstOrDefault(s => s.Id == n.Step);
        if (step is null)
        {
            return Invalid($"'{n.Step}' is not a step of a {state.Kind} review.");
        }

        var notice = step.Definition.Notices.FirstOrDefault(d => d.Id == n.Notice);
        if (notice is null)
        {
            return Invalid($"Step '{n.Step}' sends no notice '{n.Notice}'. It sends: {string.Join(", ", step.Definition.Notices.Select(d => d.Id))}.");
        }

        if (step.Status != StepStatus.Open)
        {
            return Conflict($"'{n.Notice}' goes with step '{n.Step}', which is {step.Status.ToString().ToLowerInvariant()}.");
        }

        // An automatic notice can be confirmed too: a Board may hold one for confirmation in its notice settings.
        var key = ReviewState.NoticeKey(n.Notice, n.Step, step.Occurrence);
        if (state.NoticesSent.ContainsKey(key) || state.NoticesConfirmed.ContainsKey(key))
        {
            return Conflict($"'{n.Notice}' needs no confirmation now: it has already been confirmed or sent.");
        }

        return (n with { Occurrence = step.Occurrence }, null);
    }

    private static (ReviewEvent?, Rejection?) Issued(ReviewState state, ReviewEvent e, string notice, string step, int occurrence) =>
        state.NoticesIssued.ContainsKey(ReviewState.NoticeKey(notice, step, occurrence))
            ? (e, null)
            : Invalid($"The notice '{notice}' for step '{step}' was never issued for this review.");

    private static (ReviewEvent?, Rejection?) CheckNoticeSent(ReviewState state, NoticeSent n)
    {
        var key = ReviewState.NoticeKey(n.Notice, n.Step, n.Occurrence);
        if (!state.NoticesIssued.ContainsKey(key))
        {
            return Invalid($"The notice '{n.Notice}' for step '{n.Step}' was never issued for this review.");
        }

        return state.NoticesSent.TryGetValue(key, out var earlier)
            ? Conflict($"The notice '{n.Notice}' for step '{n.Step}' was already recorded as sent on {earlier.At:yyyy-MM-dd}.")
            : (n, null);
    }

    private (ReviewEvent?, Rejection?) CheckDecision(ReviewState state, DecisionRecorded d)
    {
        if (state.Decision is { } earlier)
        {
            return Conflict($"The decision was already recorded on {earlier.At:yyyy-MM-dd} by {earlier.By}.");
        }

        if (string.IsNullOrWhiteSpace(d.Reasons))
        {
            return Invalid("A decision needs its reasons.");
        }

        var kind = string.IsNullOrWhiteSpace(d.Kind) ? state.Kind : d.Kind.Trim();
        var procedure = catalogue.Find(kind);
        if (procedure is null)
        {
            return Invalid($"'{kind}' is not a review kind. Known kinds: {string.Join(", ", catalogue.All.Select(p => p.Kind))}.");
        }

        return procedure.Nations.Contains(state.Nation)
            ? (d with { Kind = kind }, null)
            : Invalid($"A '{kind}' review is not held in {state.Nation}.");
    }

    private static (ReviewEvent?, Rejection?) CheckStep(ReviewState state, IReadOnlyList<ScheduledStep> schedule, StepCompleted c)
    {
        var occurrences = schedule.Where(s => s.Id == c.Step).ToList();
        if (occurrences.Count == 0)
        {
            return Invalid($"'{c.Step}' is not a step of a {state.Kind} review.");
        }

        var definition = occurrences[0].Definition;
        if (definition.Completion is StepCompletion.Decision)
        {
            return Invalid($"'{c.Step}' is done by recording the decision (decision-recorded), not by completing the step.");
        }

        if (definition.Completion is StepCompletion.ActionPlanAgreed)
        {
            return Invalid($"'{c.Step}' is done by agreeing the action plan with its actions (action-plan-agreed).");
        }

        if (definition.Completion is StepCompletion.RecordsDecided)
        {
            return Invalid($"'{c.Step}' is done by recording whether the records stay locked (records-status-decided).");
        }

        if (definition.Completion is StepCompletion.SignOff)
        {
            return Invalid($"'{c.Step}' is done when the Board signs off the action plan (action-plan-signed-off).");
        }

        // Partners may decide not to publish (research §1f; 003 §14): the step is then closed with the reason why.
        if (definition.Completion is StepCompletion.Published && string.IsNullOrWhiteSpace(c.Note))
        {
            return Invalid($"'{c.Step}' is done by recording the publication with its date and web address (publication-recorded). If the report is not to be published, complete the step with a 'note' saying why.");
        }

        var next = occurrences.FirstOrDefault(s => s.Status != StepStatus.Done);
        if (next is null)
        {
            var done = occurrences[^1].Done!;
            return Conflict($"'{c.Step}' was already completed on {done.At:yyyy-MM-dd} by {done.By}.");
        }

        return next.Status switch
        {
            StepStatus.Waived => Conflict($"'{c.Step}' is not needed any more: {WhyNotNeeded(state, definition)}."),
            StepStatus.Pending when definition.Phase != StepPhase.Referral && !state.ReviewHeld =>
                Conflict($"'{c.Step}' belongs to the review itself, and the decision to hold one has not been recorded."),
            _ => (c with { Occurrence = next.Occurrence }, null),
        };
    }

    private static (ReviewEvent?, Rejection?) CheckExtension(IReadOnlyList<ScheduledStep> schedule, ExtensionAgreed x)
    {
        if (string.IsNullOrWhiteSpace(x.Reason))
        {
            return Invalid("An extension needs a reason: it is reported with the new date.");
        }

        var step = schedule.FirstOrDefault(s => s.Id == x.Step);
        if (step is null)
        {
            return Invalid($"'{x.Step}' is not a step of this review.");
        }

        if (step.Definition.Repeat is not null)
        {
            return Invalid($"'{x.Step}' recurs; an extension moves a single deadline.");
        }

        if (step.Status is StepStatus.Done or StepStatus.Waived)
        {
            return Conflict($"'{x.Step}' is {step.Status.ToString().ToLowerInvariant()} and has no deadline to extend.");
        }

        return x.NewDue <= step.Due.Day
            ? Invalid($"The new date {x.NewDue:yyyy-MM-dd} must be after the current due date {step.Due.Day:yyyy-MM-dd}.")
            : (x, null);
    }

    private (ReviewEvent?, Rejection?) CheckMemberAdded(ReviewState state, MemberAdded m)
    {
        if (!MailAddress.TryCreate(m.Email?.Trim(), out var address) || address.Address != m.Email.Trim() || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            return Invalid($"'{m.Email}' is not an e-mail address.");
        }

        if (!catalogue.Roles.ContainsKey(m.Role))
        {
            return Invalid($"'{m.Role}' is not a review role. Roles: {string.Join(", ", catalogue.Roles.Keys)}.");
        }

        return state.Members.Any(x => ReviewEvolution.SameMember(x, m.Email, m.Role))
            ? Conflict($"{m.Email} is already a member of this review as {m.Role}.")
            : (m with { Email = m.Email.Trim() }, null);
    }

    private static (ReviewEvent?, Rejection?) CheckRecordsDecision(ReviewState state, IReadOnlyList<ScheduledStep> schedule, RecordsStatusDecided r)
    {
        if (state.RecordsDecision is { } earlier)
        {
            return Conflict($"Whether the records stay locked was already decided on {earlier.At:yyyy-MM-dd} by {earlier.By}.");
        }

        var step = schedule.FirstOrDefault(s => s.Definition.Completion == StepCompletion.RecordsDecided);
        if (step is null)
        {
            return Invalid($"A {state.Kind} review has no step for deciding whether its records stay locked.");
        }

        if (step.Status != StepStatus.Open)
        {
            return Conflict($"Whether the records stay locked is decided at '{step.Id}', which is {step.Status.ToString().ToLowerInvariant()}.");
        }

        if (r.Keep && r.Reason is null)
        {
            return Invalid("Keeping the records locked needs a reason: criminal-proceedings, disciplinary, inquiry or other.");
        }

        return r.Keep && r.Reason == RecordsHoldReason.Other && string.IsNullOrWhiteSpace(r.Note)
            ? Invalid("Say what the other reason is in 'note'.")
            : (r with { Reason = r.Keep ? r.Reason : null }, null);
    }

    private static (ReviewEvent?, Rejection?) CheckActionPlan(ReviewState state, ActionPlanAgreed p)
    {
        if (!state.ReviewHeld)
        {
            return Conflict("An action plan follows a review, and no decision to hold one has been recorded.");
        }

        if (state.ActionPlan is not null)
        {
            return Conflict("The action plan has already been agreed; update its actions instead.");
        }

        if (p.Actions.Count == 0)
        {
            return Invalid("An action plan needs at least one action.");
        }

        var problems = p.Actions.SelectMany((a, i) => ActionProblems(a, i + 1)).ToList();
        if (p.Actions.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            problems.Add($"action id '{twice.Key}' is used twice");
        }

        return problems.Count == 0 ? (p, null) : Invalid($"The action plan is not SMART yet: {string.Join("; ", problems)}.");
    }

    private static IEnumerable<string> ActionProblems(PlannedAction a, int number)
    {
        if (string.IsNullOrWhiteSpace(a.Id))
        {
            yield return $"action {number} has no id";
        }

        if (string.IsNullOrWhiteSpace(a.Action))
        {
            yield return $"action {number} does not say what will be done";
        }

        if (string.IsNullOrWhiteSpace(a.Owner))
        {
            yield return $"action {number} has no owner";
        }

        if (string.IsNullOrWhiteSpace(a.Outcome))
        {
            yield return $"action {number} does not say what outcome will show it worked";
        }
    }

    /// <summary>The tracker has room for three themes, each a short phrase from its pick-list.</summary>
    private static (ReviewEvent?, Rejection?) CheckThemes(ThemesRecorded t)
    {
        var themes = (t.Themes ?? []).Select(x => x?.Trim() ?? string.Empty).ToList();
        if (themes.Count is < 1 or > 3 || themes.Any(x => x.Length == 0))
        {
            return Invalid("Give one, two or three themes, such as \"neglect\" or \"domestic abuse\".");
        }

        if (themes.FirstOrDefault(x => x.Length > 80) is { } tooLong)
        {
            return Invalid($"A theme is a short phrase of at most 80 characters; '{tooLong[..40]}…' is longer.");
        }

        return themes.Distinct(StringComparer.OrdinalIgnoreCase).Count() < themes.Count
            ? Invalid("Each theme may be given once.")
            : (t with { Themes = themes }, null);
    }

    private static (ReviewEvent?, Rejection?) CheckSignOff(ReviewState state, IReadOnlyList<ScheduledStep> schedule, ActionPlanSignedOff s)
    {
        if (state.ActionPlan is null)
        {
            return Conflict("There is no agreed action plan to sign off.");
        }

        var openActions = state.Actions.Where(a => a.Status != ActionStatus.Completed).Select(a => a.Action.Id).ToList();
        if (openActions.Count > 0)
        {
            return Conflict($"These actions are not complete yet: {string.Join(", ", openActions)}.");
        }

        var unfinished = schedule
            .Where(x => x.Definition.Completion != StepCompletion.SignOff && !x.Definition.OutlastsSignOff && x.Definition.Repeat is null && x.Status is StepStatus.Open or StepStatus.Pending)
            .Select(x => x.Id)
            .ToList();
        return unfinished.Count > 0
            ? Conflict($"These steps are still open: {string.Join(", ", unfinished)}.")
            : (s, null);
    }

    private static string? By(ReviewEvent e) => e switch
    {
        AgencyResponded x => x.By,
        DecisionRecorded x => x.By,
        StepCompleted x => x.By,
        ExtensionAgreed x => x.By,
        MemberAdded x => x.By,
        MemberRemoved x => x.By,
        ActionPlanAgreed x => x.By,
        ActionUpdated x => x.By,
        ActionPlanSignedOff x => x.By,
        RecordsStatusDecided x => x.By,
        NoticeConfirmed x => x.By,
        PublicationRecorded x => x.By,
        EmbargoRecorded x => x.By,
        EmbargoLifted x => x.By,
        ThemesRecorded x => x.By,
        _ => null,
    };

    private static string WhyNotNeeded(ReviewState state, ProcedureStep step) =>
        step.SupersededByDecision && state.Decision is not null ? "it led up to the decision, which has been recorded"
        : state.Decision?.Outcome == DecisionOutcome.NoReview ? "the Board decided not to hold a review"
        : "its series has ended";

    /// <summary>Something a person records, as opposed to what the system observes of its own sending and securing.</summary>
    private static bool IsPersons(ReviewEvent e) =>
        e is not (ReferralReceived or ReminderSent or Escalated or NoticeIssued or NoticeSent or NoticeBlocked or NoticeUndelivered
            or DirectoryUpdated or ReviewResumed or CaseFilesSecured or CaseFilesReleased);

    private static string Written(DateTimeOffset at) =>
        $"{UkTime.ToUkLocal(at).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)} on {UkDates.Written(at)}";

    private static (ReviewEvent?, Rejection?) Invalid(string message) => (null, new Rejection(RejectionKind.Invalid, message));

    private static (ReviewEvent?, Rejection?) Conflict(string message) => (null, new Rejection(RejectionKind.Conflict, message));
}
