using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Reviews;

/// <summary>Input of the decide activity: which review, and the orchestration's replay-safe now.</summary>
public sealed record DecideRequest(string Reference, DateTimeOffset Now);

/// <summary>Input of the record activity: what the commands observed.</summary>
public sealed record RecordRequest(string Reference, IReadOnlyList<ReviewEvent> Events);
