using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Bench.National;

/// <summary>Who the business manager puts on a review: role mailboxes, never people's names.</summary>
internal static class BoardPeople
{
    private const string BusinessManager = "business-manager@board.example";

    /// <summary>The day it arrives: two to four of the people whose roles own its steps.</summary>
    public static IReadOnlyList<ReviewEvent> Join(SimulatedReview review, DateTimeOffset now, Random random)
    {
        var owners = review.Procedure.Steps.Select(s => s.Owner).Distinct(StringComparer.Ordinal).ToList();
        var count = Math.Min(owners.Count, random.Next(2, 5));
        return Added(review, now, owners.OrderBy(_ => random.Next()).Take(count));
    }

    /// <summary>Once a review is to be held: its lead reviewer and an IMR author, if the procedure has them.</summary>
    public static IReadOnlyList<ReviewEvent> JoinForTheReview(SimulatedReview review, DateTimeOffset now) =>
        Added(review, now, review.Procedure.Steps.Select(s => s.Owner).Where(o => o is "lead-reviewer" or "imr-author").Distinct(StringComparer.Ordinal));

    private static List<ReviewEvent> Added(SimulatedReview review, DateTimeOffset now, IEnumerable<string> roles) =>
    [
        .. roles
            .Where(role => !review.State.Members.Any(m => m.Role == role))
            .Select(role => new MemberAdded(now, $"{role}@board.example", role, BusinessManager)),
    ];
}
