using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Reviews;

/// <summary>
/// Input of the decide activity: which review, the orchestration's replay-safe now, and what the last round's commands
/// observed, to record first (none from an orchestration scheduled before decisions recorded them).
/// </summary>
public sealed record DecideRequest(string Reference, DateTimeOffset Now, IReadOnlyList<ReviewEvent>? Observed = null);

/// <summary>Input of the record activity: what the commands observed.</summary>
public sealed record RecordRequest(string Reference, IReadOnlyList<ReviewEvent> Events);
