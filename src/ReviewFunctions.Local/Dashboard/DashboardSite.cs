using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Letters;
using ReviewFunctions.Local.Dashboard.Pages;
using ReviewFunctions.Local.Dashboard.Security;
using ReviewFunctions.Local.Engine;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>
/// The dashboard's pages: it reads reviews through the same service and view as the API, and changes them only through
/// <see cref="ReviewApi.PostEventAsync"/>, so the engine checks everything a person records here.
/// </summary>
public sealed partial class DashboardSite(
    ReviewService reviews,
    ReviewApi api,
    ReviewTimekeeper runner,
    IReviewDocumentStore documents,
    IReviewOrchestrations orchestrations,
    TimeProvider time,
    FormToken token)
{
    private const string HtmlType = "text/html; charset=utf-8";
    private const int ListPageSize = 200;

    private ClockView Clock => new(runner.Now, runner.IsVirtual);

    public async Task<IResult> ListAsync(HttpRequest request) =>
        Page(ReviewListPage.Render(await ListModelAsync(null, request.Query["moved"] == "yes", request.HttpContext.RequestAborted)));

    public async Task<IResult> ReviewAsync(HttpContext http, string reference)
    {
        var recorded = ReviewForms.Find(http.Request.Query["recorded"].ToString())?.Done;
        var model = IsReference(reference) ? await ReviewModelAsync(reference, null, recorded, http.RequestAborted) : null;
        return model is null ? NotFound(reference) : Page(ReviewPage.Render(model));
    }

    internal static bool IsReference(string reference) => ReferencePattern().IsMatch(reference);

    internal static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, HtmlType, Encoding.UTF8, status);

    internal IResult NotFound(string reference) => Page(
        ErrorPage.Render(Clock, "No such review", $"There is no review with the reference {reference}.", "Check the reference, or find the review in the list of all reviews."),
        StatusCodes.Status404NotFound);

    private async Task<ReviewListModel> ListModelAsync(PostedForm? posted, bool clockMoved, CancellationToken cancellationToken)
    {
        var entries = new List<ReviewIndexEntry>();
        string? continuation = null;
        do
        {
            var page = await reviews.ListAsync(new ReviewIndexQuery(), ListPageSize, continuation, cancellationToken);
            entries.AddRange(page.Items.Select(i => i.Entry));
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return new ReviewListModel(entries, reviews.Engine.Catalogue, Clock, token.Value, posted, clockMoved);
    }

    private async Task<ReviewPageModel?> ReviewModelAsync(string reference, PostedForm? posted, string? recorded, CancellationToken cancellationToken)
    {
        var loaded = await reviews.LoadAsync(reference, cancellationToken);
        if (loaded is null)
        {
            return null;
        }

        var view = ReviewView.Of(reviews.Engine, loaded, time.GetUtcNow());
        var letters = await KeptLetters.ListAsync(documents, reference, cancellationToken);
        return new ReviewPageModel(view, reviews.Engine.Catalogue, letters, Clock, token.Value, posted, recorded);
    }

    /// <summary>The same rule as a document's reference: anything else cannot be a review, and is never passed to storage.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
