using System.Text.Json;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Local.Dashboard.Forms;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>The orchestrations page: every review orchestration (or those with one status), and what was just done to one.</summary>
/// <param name="Status">The status the list is filtered by, or null for all.</param>
/// <param name="Errors">Problems with the filter, when the address asked for a status that does not exist.</param>
/// <param name="Done">The success banner's words after an action, or null.</param>
public sealed record OrchestrationsModel(
    IReadOnlyList<OrchestrationRow> Orchestrations,
    ReviewRuntimeStatus? Status,
    ProcedureCatalogue Catalogue,
    ClockView Clock,
    Visitor Visitor,
    string Token,
    IReadOnlyList<FieldError> Errors,
    string? Done);

/// <summary>One review's orchestration with its custom status read as the review's summary (null before the first round).</summary>
public sealed record OrchestrationRow(ReviewOrchestration Orchestration, ReviewSummary? Summary)
{
    public static OrchestrationRow Of(ReviewOrchestration orchestration) => new(orchestration, Read(orchestration.CustomStatusJson));

    /// <summary>Read whatever the case of its names: the serialiser that wrote it is the engine's, not ours.</summary>
    private static ReviewSummary? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ReviewSummary>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
