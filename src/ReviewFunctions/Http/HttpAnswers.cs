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

    /// <summary>A file, or the problem that stopped it.</summary>
    public static async Task<HttpResponseData> WriteAsync(HttpRequestData request, (ApiDownload? File, ApiResponse? Refusal) answer)
    {
        if (answer.File is not { } file)
        {
            return await WriteAsync(request, answer.Refusal!);
        }

        var response = request.CreateResponse(HttpStatusCode.OK);
        response.Headers.Add("Content-Type", file.ContentType);
        response.Headers.Add("Content-Disposition", new System.Net.Mime.ContentDisposition { FileName = file.FileName, DispositionType = "attachment" }.ToString());
        response.Headers.Add("Cache-Control", "no-store");
        await response.Body.WriteAsync(file.Content);
        return response;
    }

    public static async Task<string> BodyAsync(HttpRequestData request) => await request.ReadAsStringAsync() ?? string.Empty;
}
