// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker,
//   src/DotNetWorker.Core/Http/HttpHeadersCollection.cs (package Microsoft.Azure.Functions.Worker.Core).
// Declared: the type and its base class; ReviewFunctions calls the inherited HttpHeaders.Add.
// Left out: the three public constructors (nothing here creates a collection).

using System.Net.Http.Headers;

namespace Microsoft.Azure.Functions.Worker.Http;

public sealed class HttpHeadersCollection : HttpHeaders
{
    private HttpHeadersCollection() => throw CompileOnly.Fail();
}
