using System.Net;
using Microsoft.Azure.Functions.Worker.Http;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Http;

/// <summary>Writes a host-neutral API answer as the Functions HTTP response.</summary>
public static class HttpAnswers
{
    public static async Task<HttpResponseData> WriteAsync(HttpRequestData request, ApiResponse answer)
    {
        var response = request.CreateResponse((HttpStatusCode)answer.Status);
        response.Headers.Add("Content-Type", answer.ContentType);
        await response.WriteStringAsync(answer.Body);
        return response;
    }

    public static async Task<string> BodyAsync(HttpRequestData request) => await request.ReadAsStringAsync() ?? string.Empty;
}
