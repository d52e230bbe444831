using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Http;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Reviews;

/// <summary>
/// The review HTTP API. Anonymous to the Functions host because App Service Authentication, not a function key, is
/// the boundary: each route checks the signed-in caller against <see cref="ApiRoutes"/> and hands over to
/// <see cref="ReviewApi"/>, which the local host serves too, so both answer alike.
/// </summary>
public sealed class ReviewHttpFunctions(ReviewService reviews, TimeProvider time, PartnershipDomains partnership, IIssuedReferences issued)
{
    [Function("StartReview")]
    public Task<HttpResponseData> StartAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reviews")] HttpRequestData request,
        [DurableClient] DurableTaskClient client) =>
        SignedIn.AnswerAsync(request, ApiRoutes.StartReview, async caller => await Api(client).StartAsync(caller, await HttpAnswers.BodyAsync(request), CancellationToken.None));

    [Function("ListReviews")]
    public Task<HttpResponseData> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reviews")] HttpRequestData request,
        [DurableClient] DurableTaskClient client) =>
        SignedIn.AnswerAsync(request, ApiRoutes.ListReviews, caller =>
            Api(client).ListAsync(caller, request.Query["open"], request.Query["kind"], request.Query["pageSize"], request.Query["continuation"], CancellationToken.None));

    [Function("GetReview")]
    public Task<HttpResponseData> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reviews/{reference}")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        string reference) =>
        SignedIn.AnswerAsync(request, ApiRoutes.GetReview, caller => Api(client).GetAsync(caller, reference, CancellationToken.None));

    [Function("GetReviewHistory")]
    public Task<HttpResponseData> HistoryAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reviews/{reference}/history")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        string reference) =>
        SignedIn.AnswerAsync(request, ApiRoutes.GetReviewHistory, caller => Api(client).HistoryAsync(caller, reference, CancellationToken.None));

    [Function("RecordReviewEvent")]
    public Task<HttpResponseData> PostEventAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reviews/{reference}/events")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        string reference) =>
        SignedIn.AnswerAsync(request, ApiRoutes.RecordReviewEvent, async caller => await Api(client).PostEventAsync(caller, reference, await HttpAnswers.BodyAsync(request), CancellationToken.None));

    private ReviewApi Api(DurableTaskClient client) => new(reviews, new DurableReviewScheduler(client), time, partnership, issued);
}
