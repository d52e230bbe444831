// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker,
//   src/DotNetWorker.Core/Http/HttpResponseData.cs (package Microsoft.Azure.Functions.Worker.Core).
// Declared: Headers (abstract, as upstream).
// Left out: StatusCode, Body, Cookies, FunctionContext, CreateResponse(HttpRequestData) and the
// public constructor HttpResponseData(FunctionContext); see HttpRequestData.cs for the private one.

namespace Microsoft.Azure.Functions.Worker.Http;

public abstract class HttpResponseData
{
    private HttpResponseData() => throw CompileOnly.Fail();

    public abstract HttpHeadersCollection Headers { get; set; }
}
