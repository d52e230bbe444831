using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Reports.Tracker;

/// <summary>
/// Maps a review to the tracker's fields. The tracker's types are DHR, CSPR, SAR and Rapid Review, with "converted"
/// when a Rapid Review becomes a review; every other kind goes in as "Other", named in the comments, as the tracker's
/// guidance asks of unlisted types (research: Safeguarding Case Review Tracker).
/// </summary>
public static class TrackerMapping
{
    /// <summary>The step whose completion is the report's sign-off, in the order a procedure may have them.</summary>
    private static readonly string[] ReportSignOffSteps = ["final-report-approved", "review-complete"];

    public static TrackerRow Of(ReviewEngine engine, ReviewState state, string partnership, DateTimeOffset now)
    {
        var procedure = engine.ProcedureOf(state);
        var schedule = engine.Schedule(state);
        var (type, comments) = TypeOf(state, procedure);
        var summary = engine.Summarise(state, now);
        var signedOff = ReportSignOffSteps.Select(id => schedule.FirstOrDefault(s => s.Id == id)).FirstOrDefault(s => s is not null)?.Done;
        return new TrackerRow(
            state.Reference,
            partnership,
            type,
            comments,
            state.IncidentDate,
            UkTime.ToUkDate(state.ReceivedAt),
            !IsClosed(state),
            summary.Stage,
            summary.NextDueStep is { } next ? procedure.Step(next).Title : null,
            summary.NextDue,
            summary.OverdueCount,
            state.Themes.ElementAtOrDefault(0),
            state.Themes.ElementAtOrDefault(1),
            state.Themes.ElementAtOrDefault(2),
            signedOff is null ? null : UkTime.ToUkDate(signedOff.At),
            state.Publication?.PublishedOn,
            state.Publication?.Link,
            state.Actions.Count,
            state.Actions.Count(a => a.Status == ActionStatus.Completed));
    }

    /// <summary>The tracker's definition: closed once published or embargoed, or completed and signed off.</summary>
    public static bool IsClosed(ReviewState state) =>
        state.Publication is not null || state.Embargoed || state.SignedOff is not null || state.Finished;

    private static (string Type, string? Comments) TypeOf(ReviewState state, Procedure procedure) => state.Kind switch
    {
        // A CSPR starts as a Rapid Review; the decision to hold a local review is its conversion.
        "cspr" => state.ReviewHeld ? ("Converted", "Rapid Review converted to a local Child Safeguarding Practice Review") : ("Rapid Review", null),
        "dhr" => ("DHR", null),
        _ => ("Other", procedure.Title),
    };
}
