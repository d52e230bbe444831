using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>
/// The body of <c>POST /api/reviews</c>: a review imported under a reference intake issued. The reference's receipt
/// time and the importer come from the intake register and the sign-in, so a body that gives either is refused.
/// </summary>
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
    public static (ReviewStartRequest? Request, IReadOnlyList<string> Problems) Read(string body)
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

        if (request.ReceivedAt is not null)
        {
            problems.Add("'receivedAt' cannot be given: a review's receipt time is when the intake mailbox received its referral, and is read from the intake register.");
        }

        if (request.Agencies?.Any(string.IsNullOrWhiteSpace) == true)
        {
            problems.Add("'agencies' must not hold empty names.");
        }

        return problems.Count > 0 ? (null, problems) : (request with { Nation = nation.ToName() }, []);
    }

    /// <summary>The referral as received at <paramref name="receivedAt"/> and imported by <paramref name="by"/>.</summary>
    public ReferralReceived ToReferral(DateTimeOffset receivedAt, string by)
    {
        var nation = NationNames.TryParse(Nation, out var known) ? known : throw new InvalidOperationException("Read checks the nation before a referral is made.");
        return new ReferralReceived(receivedAt, Reference!, Kind!.Trim(), nation, IncidentDate, AwarenessDate, Agencies ?? [], by);
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{0,9}-\d{4}-\d{4,6}\z")]
    private static partial Regex ReferencePattern();
}
