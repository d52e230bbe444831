using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace ReviewFunctions.Health;

/// <summary>
/// <c>GET /api/health</c>, anonymous: answers <see cref="HealthReport"/> as JSON. A thin wrapper:
/// the answer itself is built by <see cref="HealthReport"/>.
/// </summary>
public sealed class HealthFunction
{
    /// <summary>The function's name in the Functions host.</summary>
    public const string FunctionName = "Health";

    private readonly HealthReport _report = HealthReport.Current;

    /// <summary>Answers 200 with the health report.</summary>
    [Function(FunctionName)]
    public async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequestData request)
    {
        var response = request.CreateResponse(HttpStatusCode.OK);
        response.Headers.Add("Content-Type", HealthReport.ContentType);
        await response.WriteStringAsync(_report.ToJson());
        return response;
    }
}
