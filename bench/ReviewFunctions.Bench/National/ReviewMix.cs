using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Bench.National;

/// <summary>
/// How many reviews of each kind each nation starts in a year, and how many of those end in a decision not to hold one.
/// Estimates, explained in bench/README.md ("national"): the research notes give procedures and deadlines, not counts.
/// </summary>
internal static class ReviewMix
{
    /// <param name="PerYear">Reviews of this kind a year in this nation (an estimate).</param>
    /// <param name="NoReview">The share whose decision is not to hold one (an estimate).</param>
    internal sealed record Share(string Kind, Nation Nation, int PerYear, double NoReview);

    public static readonly IReadOnlyList<Share> Shares =
    [
        new("cspr", Nation.England, 500, 0.55),
        new("dhr", Nation.England, 115, 0.2),
        new("agency-contribution", Nation.England, 120, 0.1),
        new("maca", Nation.England, 25, 0.3),
        new("single-agency-audit", Nation.England, 25, 0.3),
        new("scr", Nation.England, 10, 0.4),
        new("dhr", Nation.Wales, 5, 0.2),
        new("susr", Nation.Wales, 40, 0.3),
        new("cpr-concise", Nation.Wales, 15, 0.3),
        new("cpr-extended", Nation.Wales, 6, 0.3),
        new("agency-contribution", Nation.Wales, 10, 0.1),
        new("learning-review", Nation.Scotland, 30, 0.5),
        new("scotland-scr", Nation.Scotland, 4, 0.5),
        new("agency-contribution", Nation.Scotland, 10, 0.1),
        new("cmr", Nation.NorthernIreland, 8, 0.4),
        new("agency-contribution", Nation.NorthernIreland, 4, 0.1),
        new("jersey-scr", Nation.Jersey, 2, 0.4),
        new("agency-contribution", Nation.Jersey, 1, 0.1),
    ];

    /// <summary>
    /// How many reviews of each share make <paramref name="total"/>: in proportion, largest remainders first, and at least
    /// one of each when there are enough, so a small run still drives every procedure in every nation it is held in.
    /// </summary>
    public static IReadOnlyList<(Share Share, int Count)> Allocate(int total)
    {
        var floor = total >= Shares.Count ? 1 : 0;
        var left = total - (floor * Shares.Count);
        var perYear = Shares.Sum(s => s.PerYear);
        var exact = Shares.Select(s => (Share: s, Exact: (double)left * s.PerYear / perYear)).ToList();
        var counts = exact.Select(e => floor + (int)Math.Floor(e.Exact)).ToArray();
        var remaining = total - counts.Sum();
        foreach (var index in exact.Select((e, i) => (Remainder: e.Exact - Math.Floor(e.Exact), Index: i)).OrderByDescending(e => e.Remainder).ThenBy(e => e.Index).Take(remaining))
        {
            counts[index.Index]++;
        }

        return [.. Shares.Select((s, i) => (s, counts[i]))];
    }

    /// <summary>Every kind and nation the catalogue holds must have a share, and no share may name one it does not hold.</summary>
    public static void CheckCovers(ProcedureCatalogue catalogue)
    {
        var held = catalogue.All.SelectMany(p => p.Nations.Select(n => (p.Kind, Nation: n))).ToHashSet();
        var shared = Shares.Select(s => (s.Kind, s.Nation)).ToHashSet();
        var missing = held.Except(shared).Select(h => $"{h.Kind} in {h.Nation.ToName()}").ToList();
        var unknown = shared.Except(held).Select(h => $"{h.Kind} in {h.Nation.ToName()}").ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new Running.BenchFailedException(
                $"The review mix and the procedure catalogue disagree. Without a share: {string.Join(", ", missing)}. Not held: {string.Join(", ", unknown)}.");
        }
    }
}
