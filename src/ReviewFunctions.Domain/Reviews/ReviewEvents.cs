using System.Text.Json.Serialization;
using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>Something that happened to a review. Every change to a review is one of these, kept for ever.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ReferralReceived), "referral-received")]
[JsonDerivedType(typeof(AgencyResponded), "agency-responded")]
[JsonDerivedType(typeof(DecisionRecorded), "decision-recorded")]
[JsonDerivedType(typeof(StepCompleted), "step-completed")]
[JsonDerivedType(typeof(ExtensionAgreed), "extension-agreed")]
[JsonDerivedType(typeof(MemberAdded), "member-added")]
[JsonDerivedType(typeof(MemberRemoved), "member-removed")]
[JsonDerivedType(typeof(ReminderSent), "reminder-sent")]
[JsonDerivedType(typeof(Escalated), "escalated")]
[JsonDerivedType(typeof(NoticeIssued), "notice-issued")]
[JsonDerivedType(typeof(NoticeSent), "notice-sent")]
[JsonDerivedType(typeof(NoticeBlocked), "notice-blocked")]
[JsonDerivedType(typeof(NoticeUndelivered), "notice-undelivered")]
[JsonDerivedType(typeof(DirectoryUpdated), "directory-updated")]
[JsonDerivedType(typeof(ReviewResumed), "review-resumed")]
[JsonDerivedType(typeof(NoticeConfirmed), "notice-confirmed")]
[JsonDerivedType(typeof(CaseFilesSecured), "case-files-secured")]
[JsonDerivedType(typeof(RecordsStatusDecided), "records-status-decided")]
[JsonDerivedType(typeof(CaseFilesReleased), "case-files-released")]
[JsonDerivedType(typeof(ActionPlanAgreed), "action-plan-agreed")]
[JsonDerivedType(typeof(ActionUpdated), "action-updated")]
[JsonDerivedType(typeof(ActionPlanSignedOff), "action-plan-signed-off")]
[JsonDerivedType(typeof(PublicationRecorded), "publication-recorded")]
[JsonDerivedType(typeof(EmbargoRecorded), "embargo-recorded")]
[JsonDerivedType(typeof(EmbargoLifted), "embargo-lifted")]
[JsonDerivedType(typeof(ThemesRecorded), "themes-recorded")]
public abstract record ReviewEvent(DateTimeOffset At);

/// <summary>A referral accepted at intake: the review exists from here.</summary>
public sealed record ReferralReceived(
    DateTimeOffset At,
    string Reference,
    string Kind,
    Nation Nation,
    DateOnly? IncidentDate,
    DateOnly? AwarenessDate,
    IReadOnlyList<string> Agencies,
    string By) : ReviewEvent(At);

public sealed record AgencyResponded(DateTimeOffset At, string Agency, bool Involved, bool RecordsSecured, string By) : ReviewEvent(At);

public sealed record DecisionRecorded(DateTimeOffset At, DecisionOutcome Outcome, string Kind, string Reasons, string By) : ReviewEvent(At);

/// <summary>A person did a step. <see cref="Occurrence"/> is filled in by the engine for recurring steps.</summary>
public sealed record StepCompleted(DateTimeOffset At, string Step, string By, string? Note = null, int Occurrence = 1) : ReviewEvent(At);

public sealed record ExtensionAgreed(DateTimeOffset At, string Step, DateOnly NewDue, string Reason, string By) : ReviewEvent(At);

public sealed record MemberAdded(DateTimeOffset At, string Email, string Role, string By) : ReviewEvent(At);

public sealed record MemberRemoved(DateTimeOffset At, string Email, string Role, string By) : ReviewEvent(At);

/// <summary>Recorded by the decider together with the command, so that a second look never reminds twice.</summary>
public sealed record ReminderSent(DateTimeOffset At, string Step, int Occurrence, DateTimeOffset Instant, ReminderKind Kind, string To) : ReviewEvent(At);

public sealed record Escalated(DateTimeOffset At, string Step, int Occurrence, DateTimeOffset Instant, string Owner, string To) : ReviewEvent(At);

public sealed record NoticeIssued(DateTimeOffset At, string Notice, string Step, int Occurrence, IReadOnlyList<string> To) : ReviewEvent(At);

/// <summary>The mail service accepted a notice: the evidence that it went.</summary>
public sealed record NoticeSent(DateTimeOffset At, string Notice, string Step, int Occurrence, string? MessageId = null) : ReviewEvent(At);

/// <summary>A person confirmed that a notice the procedure sends only on confirmation may go now.</summary>
public sealed record NoticeConfirmed(DateTimeOffset At, string Notice, string Step, string By, int Occurrence = 1) : ReviewEvent(At);

/// <summary>
/// A notice to a body outside the partnership was stopped because, once written, it still named someone it must not.
/// The reason says which kind of detail leaked (a name, a date of birth, an address), never the detail itself.
/// </summary>
public sealed record NoticeBlocked(DateTimeOffset At, string Notice, string Step, int Occurrence, string Reason) : ReviewEvent(At);

/// <summary>
/// Some of a notice's recipients could not be reached: no address on the form, in the review or in the Board's
/// directory, or the mail service refused the message for good. Whatever could go went; each entry of
/// <paramref name="Unreached"/> names a recipient and why ("Northfold Community Health's director: no address in the
/// Board's directory"). The notice is asked for again only once the review's people or the directory change, never on
/// a timer: the same gap would only fail again.
/// </summary>
/// <param name="Directory">The version of the Board's directory the notice was resolved against.</param>
public sealed record NoticeUndelivered(DateTimeOffset At, string Notice, string Step, int Occurrence, IReadOnlyList<string> Unreached, string Directory) : ReviewEvent(At);

/// <summary>The Board's directory changed since a notice of this review could not be delivered: try those notices again.</summary>
public sealed record DirectoryUpdated(DateTimeOffset At, string Directory) : ReviewEvent(At);

/// <summary>
/// The sweeper found the review unfinished but its orchestration failed, terminated, missing or long past its wake,
/// and started it again from its events. <paramref name="Reason"/> says which, in the administrators' words.
/// </summary>
public sealed record ReviewResumed(DateTimeOffset At, string Reason) : ReviewEvent(At);

/// <summary>The case-file folder was secured and its permissions read back: exactly these people have access.</summary>
public sealed record CaseFilesSecured(DateTimeOffset At, int MembershipVersion, string Folder, IReadOnlyList<string> Access) : ReviewEvent(At);

/// <summary>
/// At the end of the review a named person decides whether its records stay locked (with the reason) or are released;
/// released records keep their retention label.
/// </summary>
public sealed record RecordsStatusDecided(DateTimeOffset At, bool Keep, string By, RecordsHoldReason? Reason = null, string? Note = null) : ReviewEvent(At);

/// <summary>The case-file store unlocked the review's records (their retention label stays).</summary>
public sealed record CaseFilesReleased(DateTimeOffset At, int Records) : ReviewEvent(At);

public sealed record ActionPlanAgreed(DateTimeOffset At, IReadOnlyList<PlannedAction> Actions, string By) : ReviewEvent(At);

public sealed record ActionUpdated(DateTimeOffset At, string Action, ActionStatus Status, string By, string? Note = null) : ReviewEvent(At);

public sealed record ActionPlanSignedOff(DateTimeOffset At, string By) : ReviewEvent(At);

/// <summary>The report was published on <paramref name="PublishedOn"/> at <paramref name="Link"/>: the start of its time online.</summary>
public sealed record PublicationRecorded(DateTimeOffset At, DateOnly PublishedOn, string Link, string By) : ReviewEvent(At);

/// <summary>
/// Publication must wait, usually for criminal proceedings (002 §16, 004 §13.3.6). The reason says why in general terms
/// (never a defendant's name); publication and the steps counted back from it are not chased while it stands.
/// </summary>
public sealed record EmbargoRecorded(DateTimeOffset At, string Reason, string By) : ReviewEvent(At);

/// <summary>The embargo is over; the Board sets the date the report is now to be published by.</summary>
public sealed record EmbargoLifted(DateTimeOffset At, DateOnly PublishBy, string By, string? Note = null) : ReviewEvent(At);

/// <summary>
/// The Board's themes for the review (neglect, domestic abuse, …), up to three, as the national case review tracker
/// records them; a new set replaces the last.
/// </summary>
public sealed record ThemesRecorded(DateTimeOffset At, IReadOnlyList<string> Themes, string By) : ReviewEvent(At);

public enum DecisionOutcome
{
    Review,
    NoReview,
}

/// <summary>Why records stay locked after a review (seed 003 §4.17).</summary>
public enum RecordsHoldReason
{
    CriminalProceedings,
    Disciplinary,
    Inquiry,
    Other,
}

public enum ReminderKind
{
    BeforeDue,
    OnDue,
}

public enum ActionStatus
{
    Open,
    Completed,
}

/// <summary>One SMART action of the action plan: who does what by when, and what will show it worked.</summary>
public sealed record PlannedAction(string Id, string Action, string Owner, DateOnly Due, string Outcome);
