using System.Net.Mime;
using Microsoft.AspNetCore.Http;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard.Letters;
using ReviewFunctions.Local.Dashboard.Pages;
using ReviewFunctions.Local.Dashboard.Security;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>
/// Kept letters, to the people who may read their review: a page about the copy, and the copy itself, served so that
/// it cannot act as part of the dashboard.
/// </summary>
public sealed partial class DashboardSite
{
    public async Task<IResult> LetterAsync(HttpContext http, string reference, string name)
    {
        var (letter, refusal) = await ReadLetterAsync(http, reference, name);
        return letter is null ? refusal! : Page(LetterPage.Render(Clock, VisitorOf(http), letter));
    }

    public async Task<IResult> LetterAsSentAsync(HttpContext http, string reference, string name)
    {
        var (letter, refusal) = await ReadLetterAsync(http, reference, name);
        if (letter is null)
        {
            return refusal!;
        }

        if (KeptLetters.IsHtml(letter.ContentType))
        {
            DashboardHeaders.ForLetter(http.Response);
            return Results.Bytes(letter.Content, "text/html; charset=utf-8");
        }

        // Anything but HTML goes out as bytes to save, never to be sniffed and run.
        DashboardHeaders.ForDownload(http.Response);
        http.Response.Headers.ContentDisposition = new ContentDisposition { DispositionType = DispositionTypeNames.Attachment, FileName = letter.Path.Name }.ToString();
        return Results.Bytes(letter.Content, "application/octet-stream");
    }

    private async Task<(DocumentContent? Letter, IResult? Refusal)> ReadLetterAsync(HttpContext http, string reference, string name)
    {
        if (!IsReference(reference) || !DocumentPath.TryParse($"{reference}/letters/{name}", out var path))
        {
            return (null, LetterNotFound(http, reference));
        }

        var review = await reviews.LoadStateAsync(reference, http.RequestAborted);
        if (review is null)
        {
            return (null, LetterNotFound(http, reference));
        }

        var permission = ReviewPermissions.CanRead(SignedInCaller.Required(http), review.State);
        if (!permission.Allowed)
        {
            return (null, Forbidden(http, permission.Refusal!));
        }

        try
        {
            var letter = await documents.GetAsync(path, http.RequestAborted);
            return letter is null ? (null, LetterNotFound(http, reference)) : (letter, null);
        }
        catch (DocumentIntegrityException)
        {
            return (null, Page(
                ErrorPage.Render(Clock, VisitorOf(http), "This letter cannot be shown", "The kept copy no longer matches the fingerprint recorded when it was kept, so it may have been changed. It is not shown.", "Tell the Board business manager: the copy needs to be checked."),
                StatusCodes.Status500InternalServerError));
        }
    }

    private IResult LetterNotFound(HttpContext http, string reference) => Page(
        ErrorPage.Render(Clock, VisitorOf(http), "No such letter", $"Review {reference} has no kept letter of that name.", "Open the review to see the letters it has kept."),
        StatusCodes.Status404NotFound);
}
