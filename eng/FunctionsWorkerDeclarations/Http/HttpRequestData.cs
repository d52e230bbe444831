// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker,
//   src/DotNetWorker.Core/Http/HttpRequestData.cs (package Microsoft.Azure.Functions.Worker.Core).
// Declared: Query (the list route reads its filters from it).
// Left out: every other member, including the public constructor HttpRequestData(FunctionContext),
// because nothing here uses FunctionContext. The private constructor below stops the compiler
// from inventing a public one, so no offline code can derive a request; test doubles derive from
// the real type and are compiled in the real mode only.

using System.Collections.Specialized;

namespace Microsoft.Azure.Functions.Worker.Http;

public abstract class HttpRequestData
{
    private HttpRequestData() => throw CompileOnly.Fail();

    public abstract NameValueCollection Query { get; }
}
