using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Domain.Reports.Timeliness;

/// <summary>
/// One step of one review that fell due in the period: when it was due and done, and how early or late that was in
/// the nation's working days.
/// </summary>
/// <param name="Stage">The part of the review the step belongs to: referral, review or action plan.</param>
/// <param name="Due">The deadline in force: the extended one when an extension was agreed.</param>
/// <param name="OriginalDue">The deadline the procedure set, when an extension moved it; otherwise null.</param>
/// <param name="WorkingDaysLate">
/// Working days after the due day it was done (negative: done that many working days before it); for an overdue step,
/// the working days it has been overdue so far. Null while a step is still in time.
/// </param>
public sealed record StepTimeliness(
    string Reference,
    string Kind,
    string Nation,
    string Step,
    int Occurrence,
    string Title,
    string Owner,
    string Stage,
    Due Due,
    Due? OriginalDue,
    string? ExtensionReason,
    DateTimeOffset? DoneAt,
    TimelinessStatus Status,
    int? WorkingDaysLate)
{
    /// <summary>Whether the step counts towards lateness figures: it was done, or its deadline has passed.</summary>
    public bool Measured => WorkingDaysLate is not null;
}
