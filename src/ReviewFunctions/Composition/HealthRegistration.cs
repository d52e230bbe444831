using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Infrastructure.Health;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Composition;

/// <summary>The dependencies <c>/api/health</c> checks in Azure; the task hub's check comes with each call (see HealthFunction).</summary>
internal static class HealthRegistration
{
    /// <param name="graphCredential">A credential like the one case files and intake reach Graph with: the app's own identity.</param>
    public static IServiceCollection AddDependencyHealth(this IServiceCollection services, StorageConnection storage, Func<string, string?> setting, TokenCredential graphCredential)
    {
        services.AddSingleton<IDependencyCheck>(_ => StorageCheck.For(storage));
        services.AddSingleton<IDependencyCheck>(_ => SendGridCheck.FromSettings(setting));
        services.AddSingleton<IDependencyCheck>(_ => new GraphTokenCheck(graphCredential, TimeProvider.System));
        services.AddSingleton<HealthChecks>();
        return services;
    }
}
