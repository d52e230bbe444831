using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Local.Dashboard.Pages;
using ReviewFunctions.Local.Dashboard.Security;
using ReviewFunctions.Local.Engine;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>
/// The sign-in gate's refusal of a dashboard page, as a page: the same words the API's problem gives (the roles the
/// page needs and the ones the person holds), in the dashboard's frame, with the way to sign in as someone else.
/// </summary>
public static class RefusedPage
{
    public static IResult Of(HttpContext http, ApiResponse problem)
    {
        var runner = http.RequestServices.GetRequiredService<ReviewTimekeeper>();
        var forbidden = problem.Status == StatusCodes.Status403Forbidden;
        var title = forbidden ? "You cannot open this page" : ProblemText.Title(problem.Body) ?? "This page cannot be shown";
        var visitor = DashboardSite.VisitorOf(http, HttpMethods.IsGet(http.Request.Method) ? null : DashboardPaths.Home);
        var html = ErrorPage.Render(
            new ClockView(runner.Now, runner.IsVirtual),
            visitor,
            title,
            ProblemText.Detail(problem.Body) ?? title,
            forbidden ? "Sign in as someone who holds one of those roles, or ask the Board's administrator for the role." : null);
        DashboardHeaders.ForPage(http.Response);
        return DashboardSite.Page(html, problem.Status);
    }
}
