using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Infrastructure.Chronology;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Infrastructure.Reports;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard.Security;
using ReviewFunctions.Local.Engine;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>
/// The dashboard at <c>/</c>: server-rendered pages over the same review service and API as everything else, as the
/// person chosen at <c>/sign-in</c>. Every page is answered only to loopback host names, with headers that forbid
/// script, framing and caching; every form post must come from our own pages and carry this host's token.
/// </summary>
public static class DashboardRoutes
{
    private const string StyleSheetResource = "ReviewFunctions.Local.Dashboard.dashboard.css";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var services = app.ServiceProvider;
        var site = new DashboardSite(
            services.GetRequiredService<ReviewService>(),
            services.GetRequiredService<ReviewApi>(),
            services.GetRequiredService<ReportApi>(),
            services.GetRequiredService<ChronologyApi>(),
            services.GetRequiredService<ReviewTimekeeper>(),
            services.GetRequiredService<IReviewDocumentStore>(),
            services.GetRequiredService<IReviewOrchestrations>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<BoardPeople>(),
            new FormToken());
        var styleSheet = ReadStyleSheet();

        // The host as a whole answers only to loopback names (LocalHost), so pages need only their own headers.
        var pages = app.MapGroup(string.Empty).AddEndpointFilter(async (context, next) =>
        {
            DashboardHeaders.ForPage(context.HttpContext.Response);
            return await next(context);
        });
        pages.MapGet(DashboardPaths.SignIn, site.ShowSignIn);
        pages.MapGet(DashboardPaths.Home, site.ListAsync);
        pages.MapGet(DashboardPaths.StyleSheet, () => Results.Text(styleSheet, "text/css; charset=utf-8"));

        // Browsers ask for an icon on every page; there is none, and saying so plainly keeps their consoles quiet.
        pages.MapGet("/favicon.ico", () => Results.NoContent());
        pages.MapGet("/reviews/{reference}", site.ReviewAsync);
        pages.MapGet("/reviews/{reference}/letters/{name}", site.LetterAsync);
        pages.MapGet("/reviews/{reference}/letters/{name}/as-sent", site.LetterAsSentAsync);
        pages.MapGet(DashboardPaths.Timeliness, site.TimelinessAsync);
        pages.MapGet(DashboardPaths.Orchestrations, site.OrchestrationsAsync);

        var forms = pages.MapGroup(string.Empty).AddEndpointFilter(async (context, next) =>
            RequestChecks.IsFromOurPages(context.HttpContext.Request)
                ? await next(context)
                : Results.Text("Forms are accepted only from the dashboard's own pages.", "text/plain", statusCode: StatusCodes.Status403Forbidden));
        forms.MapPost(DashboardPaths.SignIn, site.SignInAsync);
        forms.MapPost(DashboardPaths.SignOut, site.SignOutAsync);
        forms.MapPost(DashboardPaths.Clock, site.MoveClockAsync);
        forms.MapPost("/reviews/{reference}/{form}", site.RecordAsync);
        forms.MapPost(DashboardPaths.Orchestrations + "/{reference}/{action}", site.ConfirmOrchestrationActionAsync);
        forms.MapPost(DashboardPaths.Orchestrations + "/{reference}/{action}/confirmed", site.TakeOrchestrationActionAsync);
        return app;
    }

    private static string ReadStyleSheet()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(StyleSheetResource)
            ?? throw new InvalidOperationException($"The dashboard's style sheet {StyleSheetResource} is not built into the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
