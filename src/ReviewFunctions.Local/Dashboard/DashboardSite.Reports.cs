using Microsoft.AspNetCore.Http;
using ReviewFunctions.Infrastructure.Reports;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Pages;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>The Board's report pages, over the same <see cref="ReportApi"/> the API answers from.</summary>
public sealed partial class DashboardSite
{
    public async Task<IResult> TimelinessAsync(HttpRequest request)
    {
        var http = request.HttpContext;
        var query = LocalRoutes.ReportQueryOf(http);
        var (report, problem) = await reports.TimelinessReportAsync(SignedInCaller.Required(http), query, http.RequestAborted);
        var detail = problem is null ? null : ProblemText.Detail(problem.Body) ?? "The report could not be made from these choices.";
        FieldError[] errors = detail is null ? [] : [new FieldError(FieldOf(detail), detail)];
        var model = new TimelinessPageModel(report, query, errors, reviews.Engine.Catalogue, Clock, VisitorOf(http, DashboardPaths.Timeliness));
        return Page(TimelinessPage.Render(model), problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    /// <summary>The field a report's problem is about: each names its field first, in quotes.</summary>
    private static string FieldOf(string detail) =>
        detail.StartsWith("'to'", StringComparison.Ordinal) ? "to"
        : detail.StartsWith("'kind'", StringComparison.Ordinal) ? "kind"
        : "from";
}
