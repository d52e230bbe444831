using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reports.Timeliness;
using ReviewFunctions.Domain.Reports.Tracker;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.Reports;

/// <summary>
/// The Board's reports over HTTP, for both hosts alike. Each covers only the reviews the caller may read, so a report
/// never tells anyone more than the review pages would.
/// </summary>
public sealed class ReportApi(BoardReviews reviews, NoticeSettings board, TimeProvider time)
{
    /// <summary><c>GET /api/reports/tracker.csv[?kind=…&amp;references=…]</c>: every review, a row each, by reference.</summary>
    public async Task<ApiResponse> TrackerCsvAsync(Caller caller, ReportQuery query, CancellationToken cancellationToken)
    {
        var (selection, problem) = ReviewSelection.Read(query.Kind, query.References, [.. reviews.Engine.Catalogue.All.Select(p => p.Kind)]);
        if (selection is null)
        {
            return Problems.BadRequest(problem!);
        }

        var now = time.GetUtcNow();
        var states = await reviews.LoadAsync(caller, selection, cancellationToken);
        var rows = states.OrderBy(s => s.Reference, StringComparer.Ordinal).Select(s => TrackerMapping.Of(reviews.Engine, s, board.Board.Name, now));
        return new ApiResponse(200, CsvText.ContentType, TrackerOutputs.Csv(rows));
    }

    /// <summary><c>GET /api/reports/timeliness?from=…&amp;to=…&amp;kind=…&amp;references=…</c>.</summary>
    public async Task<ApiResponse> TimelinessAsync(Caller caller, ReportQuery query, CancellationToken cancellationToken)
    {
        var (report, problem) = await TimelinessReportAsync(caller, query, cancellationToken);
        return report is null ? problem! : ApiJson.Ok(TimelinessOutputs.Json(report));
    }

    /// <summary><c>GET /api/reports/timeliness.csv</c>: the same steps, a row each.</summary>
    public async Task<ApiResponse> TimelinessCsvAsync(Caller caller, ReportQuery query, CancellationToken cancellationToken)
    {
        var (report, problem) = await TimelinessReportAsync(caller, query, cancellationToken);
        return report is null ? problem! : new ApiResponse(200, CsvText.ContentType, TimelinessOutputs.Csv(report));
    }

    /// <summary>The report, or the problem with the query that stopped it.</summary>
    public async Task<(TimelinessReport? Report, ApiResponse? Problem)> TimelinessReportAsync(Caller caller, ReportQuery query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (period, periodProblem) = ReportPeriod.Read(query.From, query.To, UkTime.ToUkDate(now));
        var (selection, selectionProblem) = ReviewSelection.Read(query.Kind, query.References, [.. reviews.Engine.Catalogue.All.Select(p => p.Kind)]);
        if (period is null || selection is null)
        {
            return (null, Problems.BadRequest((periodProblem ?? selectionProblem)!));
        }

        var states = await reviews.LoadAsync(caller, selection, cancellationToken);
        return (TimelinessReport.Of(reviews.Engine, states, period, now), null);
    }
}

/// <summary>A report's query string as given: checked by the report, so every host refuses a wrong one alike.</summary>
public sealed record ReportQuery(string? From, string? To, string? Kind, string? References);
