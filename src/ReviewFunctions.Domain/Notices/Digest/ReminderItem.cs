using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// One line of a person's morning digest: a step of one review that is coming due, due today, or overdue (told to the
/// owner's manager), or whose notice could not reach everyone (told to the business manager, with whom it missed in
/// <see cref="Problem"/>). Holds the review reference and step, never anything about the family.
/// </summary>
public sealed record ReminderItem(
    string Reference,
    string Step,
    string StepTitle,
    int Occurrence,
    ReminderItemKind Kind,
    string OwnerTitle,
    Due Due,
    DateTimeOffset Instant,
    string? Problem = null);

public enum ReminderItemKind
{
    BeforeDue,
    OnDue,
    Overdue,
    Undelivered,
}
