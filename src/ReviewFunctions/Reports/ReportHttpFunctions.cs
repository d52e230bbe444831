using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using ReviewFunctions.Http;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Infrastructure.Reports;

namespace ReviewFunctions.Reports;

/// <summary>The Board's reports, routed to <see cref="ReportApi"/> as the local host routes them.</summary>
public sealed class ReportHttpFunctions(ReportApi reports)
{
    [Function("TimelinessReport")]
    public Task<HttpResponseData> TimelinessAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/timeliness")] HttpRequestData request) =>
        SignedIn.AnswerAsync(request, ApiRoutes.TimelinessReport, caller => reports.TimelinessAsync(caller, QueryOf(request), CancellationToken.None));

    [Function("TimelinessReportCsv")]
    public Task<HttpResponseData> TimelinessCsvAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/timeliness.csv")] HttpRequestData request) =>
        SignedIn.AnswerAsync(request, ApiRoutes.TimelinessReportCsv, caller => reports.TimelinessCsvAsync(caller, QueryOf(request), CancellationToken.None));

    [Function("TrackerCsv")]
    public Task<HttpResponseData> TrackerCsvAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/tracker.csv")] HttpRequestData request) =>
        SignedIn.AnswerAsync(request, ApiRoutes.TrackerCsv, caller => reports.TrackerCsvAsync(caller, QueryOf(request), CancellationToken.None));

    private static ReportQuery QueryOf(HttpRequestData request) =>
        new(request.Query["from"], request.Query["to"], request.Query["kind"], request.Query["references"]);
}
