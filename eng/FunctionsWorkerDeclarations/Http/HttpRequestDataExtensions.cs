// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker,
//   src/DotNetWorker.Core/Http/HttpRequestDataExtensions.cs (package Microsoft.Azure.Functions.Worker.Core).
// Declared: CreateResponse(HttpRequestData, HttpStatusCode) and ReadAsStringAsync(HttpRequestData, Encoding?).
// Left out: ReadAsString, ReadFromJsonAsync (both overloads).

using System.Net;
using System.Text;

namespace Microsoft.Azure.Functions.Worker.Http;

public static class HttpRequestDataExtensions
{
    public static HttpResponseData CreateResponse(this HttpRequestData request, HttpStatusCode statusCode)
        => throw CompileOnly.Fail();

    public static Task<string?> ReadAsStringAsync(this HttpRequestData request, Encoding? encoding = null)
        => throw CompileOnly.Fail();
}
