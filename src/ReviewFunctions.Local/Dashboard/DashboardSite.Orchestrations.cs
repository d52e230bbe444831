using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>
/// The orchestrations page for administrators: it reads and acts on the review orchestrations only through
/// <see cref="IReviewOrchestrations"/>, the same as the instance-management API.
/// </summary>
public sealed partial class DashboardSite
{
    public async Task<IResult> OrchestrationsAsync(HttpRequest request)
    {
        var http = request.HttpContext;
        var asked = request.Query["status"].ToString();
        var status = Enum.GetValues<ReviewRuntimeStatus>().Cast<ReviewRuntimeStatus?>().FirstOrDefault(s => s.ToString() == asked);
        IReadOnlyList<FieldError> errors = asked.Length > 0 && status is null
            ? [new FieldError(OrchestrationsPage.StatusFilter.Id, "Select a runtime status from the list")]
            : [];
        var reference = request.Query["reference"].ToString();
        var done = OrchestrationAction.Find(request.Query["done"].ToString()) is { } action && IsReference(reference) ? action.Done(reference) : null;
        var found = await orchestrations.ListAsync(status is { } only ? [only] : null, request.HttpContext.RequestAborted);
        var model = new OrchestrationsModel([.. found.Select(OrchestrationRow.Of)], status, reviews.Engine.Catalogue, Clock, VisitorOf(http), token.Value, errors, done);
        return Page(OrchestrationsPage.Render(model), errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    /// <summary>The confirmation page, asked for with a post from the orchestrations page's button.</summary>
    public async Task<IResult> ConfirmOrchestrationActionAsync(HttpContext http, string reference, string action)
    {
        var (chosen, row, _, refusal) = await ReadOrchestrationFormAsync(http, reference, action);
        return chosen is null
            ? refusal!
            : Page(OrchestrationConfirmPage.Render(new(chosen, row!, reviews.Engine.Catalogue, Clock, VisitorOf(http, DashboardPaths.Orchestrations), token.Value, FormValues.None, [])));
    }

    /// <summary>The action, confirmed with a reason; then back to the orchestrations page once the engine shows it done.</summary>
    public async Task<IResult> TakeOrchestrationActionAsync(HttpContext http, string reference, string action)
    {
        var (chosen, row, values, refusal) = await ReadOrchestrationFormAsync(http, reference, action);
        if (chosen is null)
        {
            return refusal!;
        }

        var (reason, errors) = chosen.Read(values!);
        if (reason is null)
        {
            return Page(OrchestrationConfirmPage.Render(new(chosen, row!, reviews.Engine.Catalogue, Clock, VisitorOf(http, DashboardPaths.Orchestrations), token.Value, values!, errors)), StatusCodes.Status400BadRequest);
        }

        await chosen.RunAsync(orchestrations, reference, reason, http.RequestAborted);
        await UntilDoneAsync(chosen, reference, http.RequestAborted);
        return SeeOther($"{DashboardPaths.Orchestrations}?done={chosen.Name}&reference={Uri.EscapeDataString(reference)}");
    }

    /// <summary>Checks the address, the form and that the action still applies to the orchestration as it is now.</summary>
    private async Task<(OrchestrationAction? Action, OrchestrationRow? Row, FormValues? Values, IResult? Refusal)> ReadOrchestrationFormAsync(HttpContext http, string reference, string action)
    {
        var chosen = OrchestrationAction.Find(action);
        if (chosen is null || !IsReference(reference))
        {
            return (null, null, null, NoSuchOrchestration(http, reference));
        }

        var (values, refusal) = await ReadFormAsync(http);
        if (values is null)
        {
            return (null, null, null, refusal);
        }

        var orchestration = await orchestrations.GetAsync(reference, http.RequestAborted);
        if (orchestration is null)
        {
            return (null, null, null, NoSuchOrchestration(http, reference));
        }

        return chosen.Applies(orchestration)
            ? (chosen, OrchestrationRow.Of(orchestration), values, null)
            : (null, null, null, Refuse(http, StatusCodes.Status409Conflict, "This cannot be done now", $"The orchestration of {reference} is {RuntimeStatusTag.Words(orchestration.RuntimeStatus)}. {chosen.OnlyWhen}"));
    }

    /// <summary>
    /// A termination is a message the engine takes up a moment later, and a rewound review works before it sleeps
    /// again: waiting (briefly) for both means the page it goes back to shows the orchestration as it now is.
    /// </summary>
    private async Task UntilDoneAsync(OrchestrationAction action, string reference, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < SettleTime && !action.IsDone(await orchestrations.GetAsync(reference, cancellationToken)))
        {
            await Task.Delay(100, cancellationToken);
        }

        await SettleAsync(cancellationToken);
    }

    private IResult NoSuchOrchestration(HttpContext http, string reference) => Page(
        ErrorPage.Render(Clock, VisitorOf(http, DashboardPaths.Orchestrations), "No such orchestration", $"There is no review orchestration with the instance id {reference}.", "Check the reference, or find the orchestration in the list of orchestrations."),
        StatusCodes.Status404NotFound);
}
