using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Domain.Procedures;

/// <summary>One review kind's procedure: its steps, who owns them, their deadlines and notices.</summary>
public sealed record Procedure(
    string Kind,
    string Title,
    IReadOnlyList<Nation> Nations,
    string Framework,
    string Publication,
    string Source,
    ReminderPolicy Reminders,
    IReadOnlyList<ProcedureStep> Steps)
{
    public ProcedureStep? FindStep(string id) => Steps.FirstOrDefault(s => s.Id == id);

    public ProcedureStep Step(string id) =>
        FindStep(id) ?? throw new KeyNotFoundException($"Procedure '{Kind}' has no step '{id}'.");

    /// <summary>The step done by the report's publication; null for a kind of review that publishes none.</summary>
    public ProcedureStep? PublicationStep => Steps.FirstOrDefault(s => s.Completion == StepCompletion.Published);

    public ReminderPolicy RemindersFor(ProcedureStep step) => step.Reminders ?? Reminders;

    /// <summary>Short words for a rule ("5 working days after decision"); step titles are sentences, too long for a rule.</summary>
    public static string AnchorTitle(StepAnchor anchor) => anchor.Kind == AnchorKind.Event
        ? StepAnchor.EventTitle(anchor.Name)
        : anchor.Name.Replace('-', ' ');
}
