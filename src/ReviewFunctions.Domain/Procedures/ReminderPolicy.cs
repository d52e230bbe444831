using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Domain.Procedures;

/// <summary>When the owner is reminded and when their manager is told a step is overdue.</summary>
public sealed record ReminderPolicy(IReadOnlyList<Period> Before, bool OnDue, Period? EscalateAfter, Period? RepeatEvery)
{
    public static readonly ReminderPolicy None = new([], false, null, null);
}
