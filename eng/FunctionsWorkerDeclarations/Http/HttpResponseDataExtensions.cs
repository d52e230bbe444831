// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker,
//   src/DotNetWorker.Core/Http/HttpResponseDataExtensions.cs (package Microsoft.Azure.Functions.Worker.Core).
// Declared: WriteStringAsync(HttpResponseData, string, Encoding?).
// Left out: WriteString, the eight WriteAsJsonAsync overloads, WriteBytes, WriteBytesAsync.

using System.Text;

namespace Microsoft.Azure.Functions.Worker.Http;

public static class HttpResponseDataExtensions
{
    public static Task WriteStringAsync(this HttpResponseData response, string value, Encoding? encoding = null)
        => throw CompileOnly.Fail();
}
