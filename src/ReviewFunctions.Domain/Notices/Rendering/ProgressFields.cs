using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// What the chair's monthly progress report says beyond the steps done and open (004 §4.1.2): where the review stands,
/// what is late and why, what comes next with its date, and which actions are still open.
/// </summary>
internal static class ProgressFields
{
    /// <summary>A month back, and two ahead: what the chair has not yet heard about, and what to expect before the next report.</summary>
    private const int DaysBack = 31;
    private const int DaysAhead = 62;

    public static void Add(Dictionary<string, string?> fields, NoticeContext context)
    {
        var state = context.State;
        var startOfLetterDay = UkTime.StartOfDay(context.LetterDay);
        var others = context.Schedule.Where(s => s.Id != context.Step.Id).ToList();
        var late = others
            .Where(s => (s.Status == StepStatus.Open && s.Due.Deadline <= startOfLetterDay)
                || (s.Done is { } done && done.At >= s.Due.Deadline && UkTime.ToUkDate(done.At) >= context.LetterDay.AddDays(-DaysBack)))
            .OrderBy(s => s.Due.Deadline)
            .Select(s => $"{Title(s)}: due {UkDates.Written(s.Due)}, {(s.Done is { } done ? $"done {UkDates.Written(done.At)}" : "not done yet")}. {Why(s)}")
            .ToList();
        var next = others
            .Where(s => s.Status is StepStatus.Open or StepStatus.Pending && s.Due.Deadline > startOfLetterDay && s.Due.Day <= context.LetterDay.AddDays(DaysAhead))
            .OrderBy(s => s.Due.Deadline)
            .Select(s => $"{Title(s)}: due {UkDates.Written(s.Due)}{(s.Status == StepStatus.Pending ? " (planned; it follows an earlier step)" : string.Empty)}")
            .ToList();
        fields["reviewStage"] = Stage(state, others);
        fields["lateSummary"] = late.Count == 0 ? "Nothing is late." : late.Count == 1 ? "One step is late:" : $"{late.Count} steps are late:";
        fields["stepsLate"] = Lines(late);
        fields["stepsNext"] = Lines(next) ?? "Nothing falls due in the next two months.";
        fields["openActions"] = state.ActionPlan is null ? "No action plan has been agreed yet."
            : Lines(state.Actions.Where(a => a.Status == ActionStatus.Open).Select(a => $"{a.Action.Id}: {a.Action.Action} ({a.Action.Owner}, by {UkDates.Written(a.Action.Due)})"))
            ?? "Every action is complete.";
    }

    private static string Title(ScheduledStep step) => step.Definition.Title + (step.Occurrence > 1 ? $" (number {step.Occurrence})" : string.Empty);

    /// <summary>The reason recorded with the step: its extension's, or the note given when it was done.</summary>
    private static string Why(ScheduledStep step) =>
        step.Extension is { } extension ? $"Extended: {extension.Reason}"
        : step.Done?.Note is { Length: > 0 } note ? $"Recorded with it: {note}"
        : "No reason has been recorded.";

    private static string Stage(ReviewState state, List<ScheduledStep> schedule) =>
        state.Decision is null ? "The Board has still to decide whether to hold a review."
        : state.Embargoed ? "The review is under way; publication is held while other proceedings run."
        : schedule.Where(s => s.Status == StepStatus.Open).All(s => s.Definition.Phase == StepPhase.ActionPlan) ? "The review is complete; its action plan is being carried out."
        : "The review is under way.";

    private static string? Lines(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        return list.Count == 0 ? null : string.Join('\n', list);
    }
}
