using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>An HTTP answer ready to write: status, content type, body and any extra headers.</summary>
public sealed record IntakeHttpResponse(int Status, string ContentType, string Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// Maps an intake outcome to the HTTP endpoint's answer: 202 <c>{"reviewReference":…}</c> for a started review,
/// 200 with the same body for a duplicate, 422 problem+json listing every problem for an invalid referral, 503 with
/// Retry-After when it should be sent again, 500 problem+json when the review could not be started or when intake
/// failed on the message (naming the quarantine id it is kept under).
/// </summary>
public static class IntakeHttp
{
    public const string ProblemJson = "application/problem+json";

    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    public static IntakeHttpResponse ToResponse(IntakeOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Result switch
        {
            IntakeResult.Started => Reference(202, outcome.Reference!),
            IntakeResult.Duplicate => Reference(200, outcome.Reference!),
            IntakeResult.Invalid => Problem(422, "The referral could not be accepted", "Each problem below needs putting right before the referral can be accepted; what was sent has been kept.", outcome, NoHeaders),
            IntakeResult.TryLater => Problem(503, "Try again shortly", "Nothing was decided about this message; please send it again in a little while.", outcome, new Dictionary<string, string> { ["Retry-After"] = "30" }),
            IntakeResult.Failed => Problem(500, "The message could not be processed", "Intake failed on this message with an unexpected error. What was sent has been kept in quarantine under the id given here and the Board's business manager has been told; please do not send it again.", outcome, NoHeaders),
            _ => Problem(500, "The review could not be started", "The referral was accepted and given a reference, but its review could not be started; the intake team has been told.", outcome, NoHeaders),
        };
    }

    private static IntakeHttpResponse Reference(int status, string reference) =>
        new(status, "application/json", JsonSerializer.Serialize(new JsonObject { ["reviewReference"] = reference }), NoHeaders);

    private static IntakeHttpResponse Problem(int status, string title, string detail, IntakeOutcome outcome, IReadOnlyDictionary<string, string> headers)
    {
        var body = new JsonObject
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        if (outcome.Reference is not null)
        {
            body["reviewReference"] = outcome.Reference;
        }

        if (outcome.QuarantineId is not null)
        {
            body["quarantineId"] = outcome.QuarantineId;
        }

        if (outcome.Problems.Count > 0)
        {
            body["problems"] = new JsonArray(outcome.Problems.Select(p => (JsonNode)new JsonObject { ["field"] = p.Field, ["message"] = p.Message }).ToArray());
        }

        return new IntakeHttpResponse(status, ProblemJson, body.ToJsonString(), headers);
    }
}
