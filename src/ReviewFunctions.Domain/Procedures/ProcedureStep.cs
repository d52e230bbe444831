using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Domain.Procedures;

public sealed record ProcedureStep(
    string Id,
    string Title,
    string Owner,
    StepPhase Phase,
    StepAnchor Anchor,
    DeadlineRule Deadline,
    StepRepeat? Repeat,
    StepCompletion Completion,
    IReadOnlyList<NoticeDefinition> Notices,
    ReminderPolicy? Reminders,
    string Source,
    Confidence Confidence,
    string? Note,
    bool SupersededByDecision = false,
    bool OutlastsSignOff = false);
