using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Reports.Timeliness;

/// <summary>
/// How a set of reviews met their deadlines over a period: every step that fell due in it, and the same steps counted
/// per review, per kind of review, per stage, per owner and per step, which is where a chair looks for slippage.
/// </summary>
public sealed record TimelinessReport(
    ReportPeriod Period,
    DateTimeOffset At,
    IReadOnlyList<StepTimeliness> Steps,
    TimelinessGroup All,
    IReadOnlyList<TimelinessGroup> ByReview,
    IReadOnlyList<TimelinessGroup> ByKind,
    IReadOnlyList<TimelinessGroup> ByStage,
    IReadOnlyList<TimelinessGroup> ByOwner,
    IReadOnlyList<TimelinessGroup> ByStep)
{
    public static TimelinessReport Of(ReviewEngine engine, IEnumerable<ReviewState> reviews, ReportPeriod period, DateTimeOffset now)
    {
        var steps = reviews
            .SelectMany(r => ReviewTimeliness.Of(engine, r, period, now))
            .OrderBy(s => s.Reference, StringComparer.Ordinal)
            .ThenBy(s => s.Due.Deadline)
            .ThenBy(s => s.Step, StringComparer.Ordinal)
            .ThenBy(s => s.Occurrence)
            .ToList();
        var catalogue = engine.Catalogue;
        return new TimelinessReport(
            period,
            now,
            steps,
            TimelinessGroup.Of("all", "Every step", steps),
            Groups(steps, s => s.Reference, s => s.Reference),
            Groups(steps, s => s.Kind, s => catalogue.Get(s.Kind).Title),
            Groups(steps, s => s.Stage, s => StepPhases.Title(s.Stage)!),
            Groups(steps, s => s.Owner, s => catalogue.Role(s.Owner).Title),
            Groups(steps, s => $"{s.Kind}/{s.Step}", s => $"{s.Title} ({catalogue.Get(s.Kind).Title})"));
    }

    private static List<TimelinessGroup> Groups(List<StepTimeliness> steps, Func<StepTimeliness, string> key, Func<StepTimeliness, string> title) =>
        [.. steps.GroupBy(key, StringComparer.Ordinal)
            .Select(g => TimelinessGroup.Of(g.Key, title(g.First()), g.ToList()))
            .OrderBy(g => g.Key, StringComparer.Ordinal)];
}
