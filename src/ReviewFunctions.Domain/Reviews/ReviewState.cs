using System.Collections.Immutable;
using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>
/// What is known about one review: the facts recorded so far. Due dates and step status are not stored here
/// but worked out from these facts and the procedure (<see cref="ReviewSchedule"/>), so they can never go stale.
/// </summary>
public sealed record ReviewState
{
    public required string Reference { get; init; }

    public required string Kind { get; init; }

    public required Nation Nation { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public DateOnly? IncidentDate { get; init; }

    public DateOnly? AwarenessDate { get; init; }

    public ImmutableList<string> Agencies { get; init; } = [];

    public ImmutableDictionary<string, AgencyResponded> AgencyResponses { get; init; } = ImmutableDictionary<string, AgencyResponded>.Empty;

    public DecisionRecorded? Decision { get; init; }

    /// <summary>Done steps, keyed by <see cref="StepKey"/>.</summary>
    public ImmutableDictionary<string, StepDone> Done { get; init; } = ImmutableDictionary<string, StepDone>.Empty;

    public ImmutableDictionary<string, ExtensionAgreed> Extensions { get; init; } = ImmutableDictionary<string, ExtensionAgreed>.Empty;

    public ImmutableList<ReviewMember> Members { get; init; } = [];

    public int MembershipVersion { get; init; }

    public ImmutableDictionary<string, NoticeIssued> NoticesIssued { get; init; } = ImmutableDictionary<string, NoticeIssued>.Empty;

    public ImmutableDictionary<string, NoticeSent> NoticesSent { get; init; } = ImmutableDictionary<string, NoticeSent>.Empty;

    public ImmutableDictionary<string, NoticeConfirmed> NoticesConfirmed { get; init; } = ImmutableDictionary<string, NoticeConfirmed>.Empty;

    public ImmutableDictionary<string, NoticeBlocked> NoticesBlocked { get; init; } = ImmutableDictionary<string, NoticeBlocked>.Empty;

    /// <summary>Notices some of whose recipients could not be reached, until the review's people or the directory change.</summary>
    public ImmutableDictionary<string, NoticeUndelivered> NoticeProblems { get; init; } = ImmutableDictionary<string, NoticeUndelivered>.Empty;

    /// <summary>The last access list read back from the case-file folder.</summary>
    public CaseFilesSecured? CaseFiles { get; init; }

    public RecordsStatusDecided? RecordsDecision { get; init; }

    public CaseFilesReleased? CaseFilesRelease { get; init; }

    /// <summary>Reminders and escalations already made, keyed by step occurrence: the instants, so none is made twice.</summary>
    public ImmutableDictionary<string, ImmutableSortedSet<DateTimeOffset>> Reminded { get; init; } = ImmutableDictionary<string, ImmutableSortedSet<DateTimeOffset>>.Empty;

    public ImmutableDictionary<string, ImmutableSortedSet<DateTimeOffset>> EscalatedAt { get; init; } = ImmutableDictionary<string, ImmutableSortedSet<DateTimeOffset>>.Empty;

    public ImmutableList<ActionState> Actions { get; init; } = [];

    /// <summary>The agreement of the action plan, with its actions as first agreed; null until then.</summary>
    public ActionPlanAgreed? ActionPlan { get; init; }

    public ActionPlanSignedOff? SignedOff { get; init; }

    public PublicationRecorded? Publication { get; init; }

    public ImmutableList<string> Themes { get; init; } = [];

    /// <summary>The last embargo on publication, lifted or not.</summary>
    public EmbargoRecorded? Embargo { get; init; }

    /// <summary>The lifting of <see cref="Embargo"/>; null while it stands.</summary>
    public EmbargoLifted? EmbargoLift { get; init; }

    public string? FinishedReason { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public int Version { get; init; }

    public bool Finished => FinishedReason is not null;

    public bool ReviewHeld => Decision?.Outcome == DecisionOutcome.Review;

    public bool Embargoed => Embargo is not null && EmbargoLift is null;

    public static string StepKey(string step, int occurrence) => occurrence <= 1 ? step : $"{step}#{occurrence}";

    public static string NoticeKey(string notice, string step, int occurrence) => $"{notice}@{StepKey(step, occurrence)}";
}

public sealed record StepDone(DateTimeOffset At, string By, string? Note);

public sealed record ReviewMember(string Email, string Role, DateTimeOffset AddedAt, string AddedBy);

public sealed record ActionState(PlannedAction Action, ActionStatus Status, string? LastNote, DateTimeOffset UpdatedAt);
