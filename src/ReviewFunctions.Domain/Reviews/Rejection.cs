namespace ReviewFunctions.Domain.Reviews;

/// <summary>Why an event cannot be recorded. The HTTP API maps <see cref="Kind"/> to 400/404/409.</summary>
public sealed record Rejection(RejectionKind Kind, string Message);

public enum RejectionKind
{
    /// <summary>The event itself is wrong: a missing reason, an unknown step or role.</summary>
    Invalid,

    /// <summary>The event is fine but clashes with what has already happened: a step done twice, a finished review.</summary>
    Conflict,
}
