using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>A step (or one occurrence of a recurring step) as it stands: when it is due and whether it is done.</summary>
public sealed record ScheduledStep(
    ProcedureStep Definition,
    int Occurrence,
    StepStatus Status,
    Due Due,
    bool DueIsProjected,
    DateTimeOffset? OpenedAt,
    StepDone? Done,
    string Rule,
    ExtensionAgreed? Extension)
{
    public string Id => Definition.Id;

    public string Key => ReviewState.StepKey(Id, Occurrence);

    public bool IsOverdueAt(DateTimeOffset now) => Status == StepStatus.Open && Due.IsOverdueAt(now);
}
