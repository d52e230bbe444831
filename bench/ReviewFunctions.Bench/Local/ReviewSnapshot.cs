using System.Globalization;
using System.Text.Json;
using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Bench.Local;

/// <summary>What the Board's habits read of a review, from <c>GET /api/reviews/{reference}</c> (which leaves nulls out).</summary>
internal sealed record ReviewSnapshot(
    string Reference,
    string Kind,
    Nation Nation,
    bool Finished,
    string? FinishedReason,
    bool ReviewHeld,
    IReadOnlyList<StepSnapshot> Steps,
    IReadOnlyList<NoticeSnapshot> Notices,
    IReadOnlySet<(string Email, string Role)> Members,
    IReadOnlyList<ActionSnapshot> Actions)
{
    public bool HasMemberIn(string role) => Members.Any(m => m.Role == role);

    public static ReviewSnapshot Read(JsonElement review)
    {
        var nation = review.GetProperty("nation").GetString()!;
        return new ReviewSnapshot(
            review.GetProperty("reference").GetString()!,
            review.GetProperty("kind").GetString()!,
            NationNames.TryParse(nation, out var parsed) ? parsed : throw new InvalidDataException($"The host named an unknown nation '{nation}'."),
            review.GetProperty("finished").GetBoolean(),
            review.TryGetProperty("finishedReason", out var reason) ? reason.GetString() : null,
            review.TryGetProperty("decision", out var decision) && decision.GetProperty("outcome").GetString() == "review",
            [.. review.GetProperty("steps").EnumerateArray().Select(s => new StepSnapshot(
                s.GetProperty("id").GetString()!,
                Occurrence(s),
                s.GetProperty("status").GetString()!,
                Day(s.GetProperty("due").GetString()!)))],
            [.. review.GetProperty("notices").EnumerateArray().Select(n => new NoticeSnapshot(
                n.GetProperty("notice").GetString()!,
                n.GetProperty("step").GetString()!,
                n.GetProperty("occurrence").GetInt32(),
                n.GetProperty("status").GetString()!))],
            review.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("email").GetString()!, m.GetProperty("role").GetString()!)).ToHashSet(),
            [.. review.GetProperty("actions").EnumerateArray().Select(a => new ActionSnapshot(
                a.GetProperty("id").GetString()!,
                Day(a.GetProperty("due").GetString()!),
                a.GetProperty("status").GetString() == "completed"))]);
    }

    /// <summary>A recurring step's occurrence; a single step shows none and is its first.</summary>
    private static int Occurrence(JsonElement step) =>
        step.TryGetProperty("occurrence", out var occurrence) ? occurrence.GetInt32() : 1;

    /// <summary>The UK day of a due date: "2027-03-08", or an hour deadline's "2027-02-09T10:45:00+00:00".</summary>
    private static DateOnly Day(string due) => DateOnly.ParseExact(due[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <param name="Status">As the API shows it: open, overdue, pending, done or waived.</param>
internal sealed record StepSnapshot(string Id, int Occurrence, string Status, DateOnly Due)
{
    public bool IsOpen => Status is "open" or "overdue";
}

/// <param name="Status">sending, sent or blocked.</param>
internal sealed record NoticeSnapshot(string Notice, string Step, int Occurrence, string Status);

internal sealed record ActionSnapshot(string Id, DateOnly Due, bool Completed);
