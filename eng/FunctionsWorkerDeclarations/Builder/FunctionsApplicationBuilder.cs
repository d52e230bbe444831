// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker,
//   src/DotNetWorker/Builder/FunctionsApplicationBuilder.cs (package Microsoft.Azure.Functions.Worker).
// Upstream: public class FunctionsApplicationBuilder : IHostApplicationBuilder,
// IFunctionsWorkerApplicationBuilder, with an internal constructor.
// Declared: Services, Configuration (as IHostApplicationBuilder declares them) and Build().
// Left out: the two interfaces and their other members (Properties, Environment, Logging, Metrics,
// ConfigureContainer, Use), because Program.cs does not use them.

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Azure.Functions.Worker.Builder;

public class FunctionsApplicationBuilder
{
    private FunctionsApplicationBuilder() => throw CompileOnly.Fail();

    public IServiceCollection Services => throw CompileOnly.Fail();

    public IConfigurationManager Configuration => throw CompileOnly.Fail();

    public IHost Build() => throw CompileOnly.Fail();
}
