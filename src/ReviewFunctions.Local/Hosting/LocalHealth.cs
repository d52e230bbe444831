using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Infrastructure.Health;
using ReviewFunctions.Infrastructure.Mail;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Engine;

namespace ReviewFunctions.Local.Hosting;

/// <summary>
/// What <c>/api/health</c> checks on one machine: the same storage and SendGrid checks as in Azure, the task hub through
/// the engine's own provider, and Graph shown as not used, because case files are kept in the local vault.
/// </summary>
internal static class LocalHealth
{
    public static IServiceCollection AddLocalHealth(this IServiceCollection services, StorageConnection storage, StorageOptions? storageOptions, Func<IServiceProvider, SendGridOptions> sendGrid)
    {
        services.AddSingleton<IDependencyCheck>(_ => StorageCheck.For(storage, storageOptions));
        services.AddSingleton<IDependencyCheck>(p => new TaskHubCheck((instanceId, _) =>
            p.GetRequiredService<LocalEngine>().Service.GetOrchestrationStateAsync(instanceId, allExecutions: false)));
        services.AddSingleton<IDependencyCheck>(p => new SendGridCheck(() => sendGrid(p)));
        services.AddSingleton<IDependencyCheck>(_ => new NotUsedCheck("graph", HealthReason.LocalVault));
        services.AddSingleton<HealthChecks>();
        return services;
    }
}
