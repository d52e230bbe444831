// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker,
//   src/DotNetWorker.Core/Http/HttpRequestDataExtensions.cs (package Microsoft.Azure.Functions.Worker.Core).
// Declared: CreateResponse(HttpRequestData, HttpStatusCode).
// Left out: ReadAsStringAsync, ReadAsString, ReadFromJsonAsync (both overloads).

using System.Net;

namespace Microsoft.Azure.Functions.Worker.Http;

public static class HttpRequestDataExtensions
{
    public static HttpResponseData CreateResponse(this HttpRequestData request, HttpStatusCode statusCode)
        => throw CompileOnly.Fail();
}
