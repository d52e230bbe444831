using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;
using ReviewFunctions.Infrastructure.Health;

namespace ReviewFunctions.Health;

/// <summary>
/// <c>GET /api/health</c>, anonymous: 200 with <see cref="HealthReport"/> when every dependency passes, 503 naming the
/// failing ones otherwise. A thin wrapper: the checks are <see cref="HealthChecks"/>; only the task hub's comes from
/// here, because in the isolated worker a Durable client exists only as a function's binding.
/// </summary>
public sealed class HealthFunction(HealthChecks health)
{
    /// <summary>The function's name in the Functions host.</summary>
    public const string FunctionName = "Health";

    /// <summary>Checks the dependencies and answers the health report.</summary>
    [Function(FunctionName)]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequestData request,
        [DurableClient] DurableTaskClient durable)
    {
        var taskHub = new TaskHubCheck((instanceId, ct) => durable.GetInstanceAsync(instanceId, getInputsAndOutputs: false, ct));
        var dependencies = await health.CheckAsync([taskHub], request.FunctionContext.CancellationToken);
        var response = request.CreateResponse((HttpStatusCode)dependencies.HttpStatus);
        response.Headers.Add("Content-Type", HealthReport.ContentType);

        // Each probe must see the dependencies as they are now, not a cached answer.
        response.Headers.Add("Cache-Control", "no-store");
        await response.WriteStringAsync(HealthReport.Of(dependencies).ToJson());
        return response;
    }
}
