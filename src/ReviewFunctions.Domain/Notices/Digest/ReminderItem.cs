using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// One line of a person's morning digest: a step of one review that is coming due, due today, or overdue (told to the
/// owner's manager). Holds the review reference and step, never anything about the family.
/// </summary>
public sealed record ReminderItem(
    string Reference,
    string Step,
    string StepTitle,
    int Occurrence,
    ReminderItemKind Kind,
    string OwnerTitle,
    Due Due,
    DateTimeOffset Instant);

public enum ReminderItemKind
{
    BeforeDue,
    OnDue,
    Overdue,
}
