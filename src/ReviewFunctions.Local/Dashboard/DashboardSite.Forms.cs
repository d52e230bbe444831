using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Pages;
using ReviewFunctions.Local.Dashboard.Security;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>Form posts: each is read, handed to the engine through the API, and answered with a redirect or the form again.</summary>
public sealed partial class DashboardSite
{
    /// <summary>Far more than any form needs; a bigger post is refused before it is read.</summary>
    private const int MostFormBytes = 64 * 1024;

    /// <summary>How long a recorded change may take to settle before the page is shown anyway (a notice still sending).</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(5);

    private static readonly FormOptions Limits = new()
    {
        BufferBodyLengthLimit = MostFormBytes,
        MultipartBodyLengthLimit = MostFormBytes,
        ValueLengthLimit = MostFormBytes,
        ValueCountLimit = 400,
        KeyLengthLimit = 100,
    };

    public async Task<IResult> MoveClockAsync(HttpRequest request)
    {
        var http = request.HttpContext;
        var (values, refusal) = await ReadFormAsync(http);
        if (values is null)
        {
            return refusal!;
        }

        if (!runner.IsVirtual)
        {
            return Refuse(http, StatusCodes.Status409Conflict, "The clock cannot be moved", "This host runs on the computer's own clock. Start it with --clock virtual to move time.");
        }

        var (to, errors) = ClockForm.Read(values, runner.Now);
        if (to is null)
        {
            var model = await ListModelAsync(http, new PostedForm(ClockForm.Name, values, errors), false);
            return Page(ReviewListPage.Render(model), StatusCodes.Status400BadRequest);
        }

        await runner.AdvanceAsync(to.Value, http.RequestAborted);
        return SeeOther(DashboardPaths.Home + "?moved=yes");
    }

    public async Task<IResult> RecordAsync(HttpContext http, string reference, string form)
    {
        var recorder = ReviewForms.Find(form);
        if (recorder is null || !IsReference(reference))
        {
            return NotFound(http, reference);
        }

        var (values, refusal) = await ReadFormAsync(http);
        if (values is null)
        {
            return refusal!;
        }

        var (model, unseen) = await ReviewModelAsync(http, reference, null, null);
        if (model is null)
        {
            return unseen!;
        }

        var reading = recorder.Read(values, model);
        if (reading.ShowAgain || reading.Errors.Count > 0)
        {
            return Page(
                ReviewPage.Render(model with { Posted = new PostedForm(recorder.Name, values, reading.Errors) }),
                reading.ShowAgain ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
        }

        var answer = await api.PostEventAsync(SignedInCaller.Required(http), reference, reading.Event!.ToJsonString(), http.RequestAborted);
        if (answer.Status == StatusCodes.Status202Accepted)
        {
            await SettleAsync(http.RequestAborted);
            return SeeOther($"{DashboardPaths.Review(reference)}?recorded={Uri.EscapeDataString(recorder.Name)}");
        }

        if (answer.Status == StatusCodes.Status404NotFound)
        {
            return NotFound(http, reference);
        }

        // Refused for who the person is rather than for what they typed: shown against the form as a whole, unless
        // what is missing is the reason for acting on someone else's behalf, which has a field of its own.
        var problem = Detail(answer.Body);
        var field = answer.Status == StatusCodes.Status403Forbidden && !problem.Contains("'justification'", StringComparison.Ordinal)
            ? FormFrame.Whole(recorder)
            : recorder.FieldFor(problem, values);
        var (refused, gone) = await ReviewModelAsync(http, reference, new PostedForm(recorder.Name, values, [new FieldError(field, problem)]), null);
        return refused is null ? gone! : Page(ReviewPage.Render(refused), answer.Status);
    }

    /// <summary>Reads a post from our own pages with the current token, or says why it is refused.</summary>
    private async Task<(FormValues? Values, IResult? Refusal)> ReadFormAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return (null, Refuse(http, StatusCodes.Status415UnsupportedMediaType, "The form could not be read", "Send it from the dashboard's own page."));
        }

        if (http.Request.ContentLength > MostFormBytes)
        {
            return (null, Refuse(http, StatusCodes.Status413PayloadTooLarge, "The form is too large", "What you typed is longer than any form here allows. Shorten it and try again."));
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(Limits, http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return (null, Refuse(http, StatusCodes.Status413PayloadTooLarge, "The form is too large", "What you typed is longer than any form here allows. Shorten it and try again."));
        }

        return token.Matches(form[FormToken.FieldName].ToString())
            ? (FormValues.From(form), null)
            : (null, Refuse(http, StatusCodes.Status400BadRequest, "The form has expired", "The dashboard was restarted, or the form did not come from this dashboard. Nothing was recorded. Go back, reload the page and try again."));
    }

    /// <summary>Lets the review's loop act on the change (a notice issued, access granted) so the next page shows it.</summary>
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(SettleTime);
        try
        {
            await runner.WaitUntilQuietAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Still busy (a mail server slow to answer): the page shows what is recorded so far.
        }
    }

    private IResult Refuse(HttpContext http, int status, string title, string message) =>
        Page(ErrorPage.Render(Clock, VisitorOf(http, DashboardPaths.Home), title, message), status);

    /// <summary>Post-redirect-get: reloading the page after a recorded change never posts it twice.</summary>
    private static SeeOtherResult SeeOther(string location) => new(location);

    private static string Detail(string problemJson) => ProblemText.Detail(problemJson) ?? "This could not be recorded.";
}
