namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>What happened to one delivered message.</summary>
public enum IntakeResult
{
    /// <summary>A new referral: a reference was allocated and its review started.</summary>
    Started,

    /// <summary>This message, or the same form, was already received: the existing reference is the answer.</summary>
    Duplicate,

    /// <summary>Not accepted: the message is quarantined and the sender told what to fix.</summary>
    Invalid,

    /// <summary>Nothing was decided (storage could not be reached, or the same referral is still being started elsewhere): deliver it again later.</summary>
    TryLater,

    /// <summary>A reference was allocated but the review could not be started (a configuration fault): it needs a person.</summary>
    NotStarted,

    /// <summary>
    /// Intake itself failed on the message with an unexpected error (<see cref="IntakeOutcome.Failure"/>). Once it is
    /// kept in quarantine (<see cref="IntakeOutcome.QuarantineId"/>) a person must look at it.
    /// </summary>
    Failed,
}

/// <summary>
/// The answer for one message: the result, the review reference (started or duplicate), every problem (invalid),
/// the quarantine id under which the original is kept, and whether the sender's reply went out.
/// </summary>
public sealed record IntakeOutcome(
    IntakeResult Result,
    string? Reference,
    IReadOnlyList<IntakeProblem> Problems,
    string? QuarantineId,
    bool Replied)
{
    public static IntakeOutcome TryLater { get; } = new(IntakeResult.TryLater, null, [], null, false);

    /// <summary>What went wrong, when intake failed on the message.</summary>
    public IntakeFailure? Failure { get; init; }

    public static IntakeOutcome Failed(IntakeFailure failure, string? quarantineId = null, bool replied = false) =>
        new(IntakeResult.Failed, null, [], quarantineId, replied) { Failure = failure };
}
