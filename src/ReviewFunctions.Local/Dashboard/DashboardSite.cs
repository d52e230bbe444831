using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Chronology;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Infrastructure.Reports;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Letters;
using ReviewFunctions.Local.Dashboard.Pages;
using ReviewFunctions.Local.Dashboard.Security;
using ReviewFunctions.Local.Engine;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>
/// The dashboard's pages, as the signed-in person: it reads reviews through the same service and view as the API and
/// shows only those the person may read, and changes them only through <see cref="ReviewApi.PostEventAsync"/> in
/// their name, so the engine and the permissions check everything a person records here.
/// </summary>
public sealed partial class DashboardSite(
    ReviewService reviews,
    ReviewApi api,
    ReportApi reports,
    ChronologyApi chronology,
    ReviewTimekeeper runner,
    IReviewDocumentStore documents,
    IReviewOrchestrations orchestrations,
    TimeProvider time,
    BoardPeople people,
    FormToken token)
{
    private const string HtmlType = "text/html; charset=utf-8";
    private const int ListPageSize = 200;

    private ClockView Clock => new(runner.Now, runner.IsVirtual);

    public async Task<IResult> ListAsync(HttpRequest request) =>
        Page(ReviewListPage.Render(await ListModelAsync(request.HttpContext, null, request.Query["moved"] == "yes")));

    public async Task<IResult> ReviewAsync(HttpContext http, string reference)
    {
        var recorded = ReviewForms.Find(http.Request.Query["recorded"].ToString())?.Done;
        var (model, refusal) = await ReviewModelAsync(http, reference, null, recorded);
        return model is null ? refusal! : Page(ReviewPage.Render(model));
    }

    internal static bool IsReference(string reference) => ReferencePattern().IsMatch(reference);

    internal static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, HtmlType, Encoding.UTF8, status);

    /// <summary>Who is asking, for the header's "Signed in as"; a form's answer comes back to <paramref name="page"/>.</summary>
    internal static Visitor VisitorOf(HttpContext http, string? page = null) =>
        new(SignedInCaller.Of(http), page ?? http.Request.Path + http.Request.QueryString);

    internal IResult NotFound(HttpContext http, string reference) => Page(
        ErrorPage.Render(Clock, VisitorOf(http, DashboardPaths.Home), "No such review", $"There is no review with the reference {reference}.", "Check the reference, or find the review in the list of all reviews."),
        StatusCodes.Status404NotFound);

    /// <summary>A review the person may not read: the page says what they are missing, and nothing of the review.</summary>
    internal IResult Forbidden(HttpContext http, string reason) => Page(
        ErrorPage.Render(Clock, VisitorOf(http, DashboardPaths.Home), "You cannot see this review", reason, "If you need to, ask the Board's business manager, or sign in as someone else."),
        StatusCodes.Status403Forbidden);

    /// <summary>The reviews the person may see: all of them for the Board and auditors, a participant's own for a participant.</summary>
    private async Task<ReviewListModel> ListModelAsync(HttpContext http, PostedForm? posted, bool clockMoved)
    {
        var caller = SignedInCaller.Required(http);
        var everything = caller.HasAny(BoardRoles.SeeEveryReview);
        var entries = new List<ReviewIndexEntry>();
        string? continuation = null;
        do
        {
            var page = await reviews.ListAsync(new ReviewIndexQuery(), ListPageSize, continuation, http.RequestAborted);
            entries.AddRange(page.Items.Select(i => i.Entry).Where(e => everything || e.HasMember(caller.Email)));
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return new ReviewListModel(entries, reviews.Engine.Catalogue, Clock, VisitorOf(http, DashboardPaths.Home), token.Value, posted, clockMoved);
    }

    /// <summary>The review as the signed-in person sees it, or the page that says it does not exist or is not theirs to see.</summary>
    private async Task<(ReviewPageModel? Model, IResult? Refusal)> ReviewModelAsync(HttpContext http, string reference, PostedForm? posted, string? recorded)
    {
        var loaded = IsReference(reference) ? await reviews.LoadHistoryAsync(reference, http.RequestAborted) : null;
        if (loaded is null)
        {
            return (null, NotFound(http, reference));
        }

        var permission = ReviewPermissions.CanRead(SignedInCaller.Required(http), loaded.State);
        if (!permission.Allowed)
        {
            return (null, Forbidden(http, permission.Refusal!));
        }

        var view = ReviewView.Of(reviews.Engine, loaded.State, loaded.Version, time.GetUtcNow());
        var letters = await KeptLetters.ListAsync(documents, reference, http.RequestAborted);
        var agency = http.Request.Query["agency"].ToString() is { Length: > 0 } asked ? asked : null;
        var (timeline, refused) = await chronology.ViewAsync(SignedInCaller.Required(http), loaded.State, agency, http.RequestAborted);
        if (timeline is null && agency is not null)
        {
            (timeline, _) = await chronology.ViewAsync(SignedInCaller.Required(http), loaded.State, null, http.RequestAborted);
        }

        return (new ReviewPageModel(view, loaded.State, loaded.History, reviews.Engine.Catalogue, letters, Clock, VisitorOf(http, DashboardPaths.Review(reference)), token.Value, posted, recorded)
        {
            Chronology = timeline,
            ChronologyAgency = refused is null ? agency : null,
            ChronologyProblem = refused is null ? null : ProblemText.Detail(refused.Body),
        }, null);
    }

    /// <summary>The same rule as a document's reference: anything else cannot be a review, and is never passed to storage.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
