// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker,
//   src/DotNetWorker/Builder/FunctionsApplication.cs (package Microsoft.Azure.Functions.Worker).
// Declared: the whole type (upstream it is a non-static class with this one static method).

namespace Microsoft.Azure.Functions.Worker.Builder;

public class FunctionsApplication
{
    public static FunctionsApplicationBuilder CreateBuilder(string[] args) => throw CompileOnly.Fail();
}
