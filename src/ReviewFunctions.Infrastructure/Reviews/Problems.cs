using System.Text.Json;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>RFC 9457 problem details: every refusal says exactly what is wrong, in words a person can act on.</summary>
public static class Problems
{
    public static ApiResponse Of(int status, string title, string detail, string? reference = null, IReadOnlyList<string>? errors = null) =>
        new(status, ApiResponse.ProblemJson, JsonSerializer.Serialize(
            new Problem($"https://reviewfunctions.example/problems/{Slug(title)}", title, status, detail, reference, errors),
            ApiJson.Options));

    public static ApiResponse BadRequest(string detail, string? reference = null) => Of(400, "The request is not valid", detail, reference);

    public static ApiResponse Forbidden(string detail, string? reference = null) => Of(403, "You may not do this", detail, reference);

    public static ApiResponse NotFound(string reference) =>
        Of(404, "No such review", $"There is no review with the reference {reference}.", reference);

    public static ApiResponse Conflict(string detail, string reference) => Of(409, "The review does not allow this now", detail, reference);

    public static ApiResponse TooLarge(int limit) =>
        Of(413, "The request is too large", $"A request body may be at most {limit / 1024} KB.");

    private static string Slug(string title) =>
        string.Join('-', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6));

    private sealed record Problem(string Type, string Title, int Status, string Detail, string? Reference, IReadOnlyList<string>? Errors);
}
