using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;
using ReviewFunctions.Http;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Reviews;

/// <summary>
/// The review HTTP API (function-level keys in Azure). Thin: each route hands over to <see cref="ReviewApi"/>, which the
/// local host serves too, so both answer alike.
/// </summary>
public sealed class ReviewHttpFunctions(ReviewService reviews, TimeProvider time)
{
    [Function("StartReview")]
    public async Task<HttpResponseData> StartAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "reviews")] HttpRequestData request,
        [DurableClient] DurableTaskClient client) =>
        await HttpAnswers.WriteAsync(request, await Api(client).StartAsync(await HttpAnswers.BodyAsync(request), CancellationToken.None));

    [Function("ListReviews")]
    public async Task<HttpResponseData> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reviews")] HttpRequestData request,
        [DurableClient] DurableTaskClient client) =>
        await HttpAnswers.WriteAsync(request, await Api(client).ListAsync(request.Query["open"], request.Query["kind"], request.Query["pageSize"], request.Query["continuation"], CancellationToken.None));

    [Function("GetReview")]
    public async Task<HttpResponseData> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reviews/{reference}")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        string reference) =>
        await HttpAnswers.WriteAsync(request, await Api(client).GetAsync(reference, CancellationToken.None));

    [Function("GetReviewHistory")]
    public async Task<HttpResponseData> HistoryAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reviews/{reference}/history")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        string reference) =>
        await HttpAnswers.WriteAsync(request, await Api(client).HistoryAsync(reference, CancellationToken.None));

    [Function("RecordReviewEvent")]
    public async Task<HttpResponseData> PostEventAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "reviews/{reference}/events")] HttpRequestData request,
        [DurableClient] DurableTaskClient client,
        string reference) =>
        await HttpAnswers.WriteAsync(request, await Api(client).PostEventAsync(reference, await HttpAnswers.BodyAsync(request), CancellationToken.None));

    private ReviewApi Api(DurableTaskClient client) => new(reviews, new DurableReviewScheduler(client), time);
}
