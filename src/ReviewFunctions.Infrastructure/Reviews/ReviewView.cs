using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>A review as the API and the dashboard show it: steps with status and due dates, notices, members, case files.</summary>
public sealed record ReviewView(
    string Reference,
    string Kind,
    string Title,
    string Nation,
    string Stage,
    bool Finished,
    string? FinishedReason,
    string ReceivedAt,
    DecisionView? Decision,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<NoticeView> Notices,
    IReadOnlyList<MemberView> Members,
    CaseFilesView? CaseFiles,
    IReadOnlyList<ActionView> Actions,
    long Version,
    PublicationView? Publication = null)
{
    public static ReviewView Of(ReviewEngine engine, ReviewState state, long version, DateTimeOffset now)
    {
        var summary = engine.Summarise(state, now);
        var procedure = engine.ProcedureOf(state);
        return new ReviewView(
            state.Reference,
            state.Kind,
            procedure.Title,
            state.Nation.ToName(),
            summary.Stage,
            state.Finished,
            state.FinishedReason,
            Iso(state.ReceivedAt),
            state.Decision is { } d ? new DecisionView(d.Outcome == DecisionOutcome.Review ? "review" : "no-review", d.Kind, d.Reasons, d.By, Iso(d.At)) : null,
            [.. engine.Schedule(state).Select(s => StepView.Of(s, engine.Catalogue.Role(s.Definition.Owner).Title, now))],
            [.. state.NoticesIssued.Select(n => NoticeView.Of(state, n.Key, n.Value)).OrderBy(n => n.IssuedAt, StringComparer.Ordinal)],
            [.. state.Members.Select(m => new MemberView(m.Email, m.Role, Iso(m.AddedAt), m.AddedBy))],
            state.CaseFiles is { } c ? new CaseFilesView(c.Folder, c.Access, Iso(c.At), c.MembershipVersion == state.MembershipVersion) : null,
            [.. state.Actions.Select(a => new ActionView(a.Action.Id, a.Action.Action, a.Action.Owner, a.Action.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Action.Outcome, a.Status == ActionStatus.Completed ? "completed" : "open", a.LastNote))],
            version,
            PublicationView.Of(state));
    }

    internal static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The report's publication and any embargo on it; null until either is recorded.</summary>
public sealed record PublicationView(string? PublishedOn, string? Link, bool Embargoed, string? EmbargoReason, string? EmbargoedAt, string? PublishBy)
{
    public static PublicationView? Of(ReviewState state) =>
        state.Publication is null && state.Embargo is null
            ? null
            : new PublicationView(
                state.Publication?.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                state.Publication?.Link,
                state.Embargoed,
                state.Embargo?.Reason,
                state.Embargo is { } e ? ReviewView.Iso(e.At) : null,
                state.EmbargoLift?.PublishBy.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}

public sealed record DecisionView(string Outcome, string Kind, string Reasons, string By, string At);

public sealed record StepView(
    string Id,
    int? Occurrence,
    string Title,
    string Owner,
    string OwnerTitle,
    string Phase,
    string Due,
    bool Projected,
    string Status,
    string? DoneAt,
    string? DoneBy,
    string? Note,
    string Rule,
    string Source,
    string Confidence,
    string? ExtensionReason)
{
    public static StepView Of(ScheduledStep step, string ownerTitle, DateTimeOffset now) => new(
        step.Id,
        step.Definition.Repeat is null ? null : step.Occurrence,
        step.Definition.Title,
        step.Definition.Owner,
        ownerTitle,
        Domain.Procedures.StepPhases.Name(step.Definition.Phase),
        step.Due.ToIsoString(),
        step.DueIsProjected && step.Status != StepStatus.Done,
        step.IsOverdueAt(now) ? "overdue" : step.Status.ToString().ToLowerInvariant(),
        step.Done is { } done ? ReviewView.Iso(done.At) : null,
        step.Done?.By,
        step.Done?.Note,
        step.Rule,
        step.Definition.Source,
        step.Definition.Confidence.ToString().ToLowerInvariant(),
        step.Extension?.Reason);
}

/// <param name="Unreached">Whom the notice could not reach and why, while that is a problem on the review ("undelivered").</param>
public sealed record NoticeView(string Notice, string Step, int Occurrence, IReadOnlyList<string> To, string IssuedAt, string Status, string? SentAt, string? MessageId, string? BlockedReason, IReadOnlyList<string>? Unreached = null)
{
    public static NoticeView Of(ReviewState state, string key, NoticeIssued issued)
    {
        var sent = state.NoticesSent.GetValueOrDefault(key);
        var blocked = state.NoticesBlocked.GetValueOrDefault(key);
        var undelivered = state.NoticeProblems.GetValueOrDefault(key);
        return new NoticeView(
            issued.Notice,
            issued.Step,
            issued.Occurrence,
            issued.To,
            ReviewView.Iso(issued.At),
            sent is not null ? "sent" : blocked is not null ? "blocked" : undelivered is not null ? "undelivered" : "sending",
            sent is null ? null : ReviewView.Iso(sent.At),
            sent?.MessageId,
            blocked?.Reason,
            undelivered?.Unreached);
    }
}

public sealed record MemberView(string Email, string Role, string AddedAt, string AddedBy);

public sealed record CaseFilesView(string Folder, IReadOnlyList<string> Access, string SecuredAt, bool UpToDate);

public sealed record ActionView(string Id, string Action, string Owner, string Due, string Outcome, string Status, string? LastNote);
