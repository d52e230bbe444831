using System.Text.Json.Serialization;
using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>Work the decider asks a host to do. Hosts run these; they never decide anything themselves.</summary>
/// <remarks>Typed in JSON because commands travel between the orchestration and its activities.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "command")]
[JsonDerivedType(typeof(SendNotice), "send-notice")]
[JsonDerivedType(typeof(SecureCaseFiles), "secure-case-files")]
[JsonDerivedType(typeof(RemindOwner), "remind-owner")]
[JsonDerivedType(typeof(EscalateToManager), "escalate-to-manager")]
[JsonDerivedType(typeof(ReleaseCaseFiles), "release-case-files")]
[JsonDerivedType(typeof(UpdateStatus), "update-status")]
[JsonDerivedType(typeof(CompleteReview), "complete-review")]
public abstract record ReviewCommand(string Reference);

public sealed record SendNotice(string Reference, string Notice, string Step, int Occurrence, IReadOnlyList<string> To) : ReviewCommand(Reference);

public sealed record SecureCaseFiles(string Reference, IReadOnlyList<ReviewMember> Members, int MembershipVersion) : ReviewCommand(Reference);

/// <summary>Unlock the review's records, keeping their retention label: the decision at the end of the review.</summary>
public sealed record ReleaseCaseFiles(string Reference) : ReviewCommand(Reference);

public sealed record RemindOwner(string Reference, string Step, string StepTitle, int Occurrence, string Owner, Due Due, DateTimeOffset Instant, ReminderKind Kind) : ReviewCommand(Reference);

public sealed record EscalateToManager(string Reference, string Step, string StepTitle, int Occurrence, string Owner, string Manager, Due Due, DateTimeOffset Instant) : ReviewCommand(Reference);

public sealed record UpdateStatus(string Reference, ReviewSummary Summary) : ReviewCommand(Reference);

public sealed record CompleteReview(string Reference, string Reason) : ReviewCommand(Reference);

/// <summary>What an administrator sees at a glance, in the portal and on the dashboard.</summary>
public sealed record ReviewSummary(
    string Reference,
    string Kind,
    string Nation,
    string Stage,
    string? NextDueStep,
    string? NextDue,
    int OverdueCount,
    string? LastNotice,
    bool Finished,
    int Problems = 0);
