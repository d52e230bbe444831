using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Local.Dashboard.Forms;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>The page that asks an administrator to confirm an action on one review's orchestration, and why.</summary>
public sealed record OrchestrationConfirmModel(
    OrchestrationAction Action,
    OrchestrationRow Row,
    ProcedureCatalogue Catalogue,
    ClockView Clock,
    Visitor Visitor,
    string Token,
    FormValues Values,
    IReadOnlyList<FieldError> Errors);
