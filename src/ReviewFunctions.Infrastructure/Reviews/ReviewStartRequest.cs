using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>The body of <c>POST /api/reviews</c>: an accepted referral, as intake hands it over.</summary>
public sealed partial record ReviewStartRequest(
    string? Reference,
    string? Kind,
    string? Nation,
    DateTimeOffset? ReceivedAt,
    DateOnly? IncidentDate,
    DateOnly? AwarenessDate,
    IReadOnlyList<string>? Agencies,
    string? By)
{
    public static (ReferralReceived? Referral, IReadOnlyList<string> Problems) Read(string body)
    {
        ReviewStartRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<ReviewStartRequest>(body, ApiJson.Options);
        }
        catch (JsonException e)
        {
            return (null, [$"The body is not a valid review start: {e.Message.Split(" Path:")[0]}"]);
        }

        if (request is null)
        {
            return (null, ["The body must be a JSON object."]);
        }

        var problems = new List<string>();
        if (request.Reference is null || !ReferencePattern().IsMatch(request.Reference))
        {
            problems.Add("'reference' must be a review reference such as CR-2027-0004.");
        }

        if (string.IsNullOrWhiteSpace(request.Kind))
        {
            problems.Add("'kind' is required, e.g. scr.");
        }

        if (!NationNames.TryParse(request.Nation, out var nation))
        {
            problems.Add($"'nation' must be one of {string.Join(", ", NationNames.All)}.");
        }

        if (request.ReceivedAt is null)
        {
            problems.Add("'receivedAt' is required: when the referral was received.");
        }

        if (string.IsNullOrWhiteSpace(request.By))
        {
            problems.Add("'by' is required: who or what accepted the referral.");
        }

        if (request.Agencies?.Any(string.IsNullOrWhiteSpace) == true)
        {
            problems.Add("'agencies' must not hold empty names.");
        }

        return problems.Count > 0
            ? (null, problems)
            : (new ReferralReceived(request.ReceivedAt!.Value, request.Reference!, request.Kind!.Trim(), nation, request.IncidentDate, request.AwarenessDate, request.Agencies ?? [], request.By!), []);
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{0,9}-\d{4}-\d{4,6}\z")]
    private static partial Regex ReferencePattern();
}
