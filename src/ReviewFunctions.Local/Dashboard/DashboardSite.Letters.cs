using System.Net.Mime;
using Microsoft.AspNetCore.Http;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard.Letters;
using ReviewFunctions.Local.Dashboard.Pages;
using ReviewFunctions.Local.Dashboard.Security;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>Kept letters: a page about the copy, and the copy itself, served so that it cannot act as part of the dashboard.</summary>
public sealed partial class DashboardSite
{
    public async Task<IResult> LetterAsync(HttpContext http, string reference, string name)
    {
        var (letter, refusal) = await ReadLetterAsync(reference, name, http.RequestAborted);
        return letter is null ? refusal! : Page(LetterPage.Render(Clock, letter));
    }

    public async Task<IResult> LetterAsSentAsync(HttpContext http, string reference, string name)
    {
        var (letter, refusal) = await ReadLetterAsync(reference, name, http.RequestAborted);
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

    private async Task<(DocumentContent? Letter, IResult? Refusal)> ReadLetterAsync(string reference, string name, CancellationToken cancellationToken)
    {
        if (!IsReference(reference) || !DocumentPath.TryParse($"{reference}/letters/{name}", out var path))
        {
            return (null, LetterNotFound(reference));
        }

        try
        {
            var letter = await documents.GetAsync(path, cancellationToken);
            return letter is null ? (null, LetterNotFound(reference)) : (letter, null);
        }
        catch (DocumentIntegrityException)
        {
            return (null, Page(
                ErrorPage.Render(Clock, "This letter cannot be shown", "The kept copy no longer matches the fingerprint recorded when it was kept, so it may have been changed. It is not shown.", "Tell the Board business manager: the copy needs to be checked."),
                StatusCodes.Status500InternalServerError));
        }
    }

    private IResult LetterNotFound(string reference) => Page(
        ErrorPage.Render(Clock, "No such letter", $"Review {reference} has no kept letter of that name.", "Open the review to see the letters it has kept."),
        StatusCodes.Status404NotFound);
}
