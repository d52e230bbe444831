using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using ReviewFunctions.Http;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Infrastructure.Chronology;

namespace ReviewFunctions.Chronology;

/// <summary>The integrated chronology, routed to <see cref="ChronologyApi"/> as the local host routes it.</summary>
public sealed class ChronologyHttpFunctions(ChronologyApi chronology)
{
    [Function("SendChronology")]
    public Task<HttpResponseData> SendAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reviews/{reference}/chronologies")] HttpRequestData request,
        string reference) =>
        SignedIn.AnswerAsync(request, ApiRoutes.SendChronology, async caller => await chronology.SendAsync(caller, reference, await HttpAnswers.BodyAsync(request), CancellationToken.None));

    [Function("GetChronology")]
    public Task<HttpResponseData> TimelineAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reviews/{reference}/chronology")] HttpRequestData request,
        string reference) =>
        SignedIn.AnswerAsync(request, ApiRoutes.GetChronology, caller => chronology.TimelineAsync(caller, reference, request.Query["agency"], CancellationToken.None));

    [Function("ChronologyCsv")]
    public Task<HttpResponseData> CsvAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reviews/{reference}/chronology.csv")] HttpRequestData request,
        string reference) =>
        SignedIn.AnswerFileAsync(request, ApiRoutes.ChronologyCsv, caller => chronology.CsvAsync(caller, reference, request.Query["anonymised"], CancellationToken.None));

    [Function("ChronologyDocx")]
    public Task<HttpResponseData> DocxAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reviews/{reference}/chronology.docx")] HttpRequestData request,
        string reference) =>
        SignedIn.AnswerFileAsync(request, ApiRoutes.ChronologyDocx, caller => chronology.DocxAsync(caller, reference, request.Query["anonymised"], CancellationToken.None));
}
