namespace ReviewFunctions.Domain.Reviews;

/// <summary>
/// The decider's answer at an instant: the events that record what it decided (so a second look never repeats it),
/// the commands for the host, and the next instant the review must be looked at again.
/// </summary>
public sealed record NextActions(IReadOnlyList<ReviewEvent> Events, IReadOnlyList<ReviewCommand> Commands, DateTimeOffset? NextWake);
