// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker,
//   src/DotNetWorker/Builder/FunctionsApplicationBuilder.cs (package Microsoft.Azure.Functions.Worker).
// Upstream: public class FunctionsApplicationBuilder : IHostApplicationBuilder,
// IFunctionsWorkerApplicationBuilder, with an internal constructor.
// Declared: Build(). Left out: the two interfaces and everything that implements them (Properties,
// Configuration, Environment, Logging, Metrics, Services, ConfigureContainer, Use), because
// Program.cs does not use them yet. Add the interfaces with their members when it does.

using Microsoft.Extensions.Hosting;

namespace Microsoft.Azure.Functions.Worker.Builder;

public class FunctionsApplicationBuilder
{
    private FunctionsApplicationBuilder() => throw CompileOnly.Fail();

    public IHost Build() => throw CompileOnly.Fail();
}
