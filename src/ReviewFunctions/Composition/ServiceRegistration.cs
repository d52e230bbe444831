using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Infrastructure.Composition;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Composition;

/// <summary>Everything the Functions app needs, built from its app settings.</summary>
public static class ServiceRegistration
{
    /// <summary>The storage connection the Functions host itself uses; the Bicep templates make it identity-based.</summary>
    public const string StorageConnectionName = "AzureWebJobsStorage";

    public static IServiceCollection AddReviewFunctions(this IServiceCollection services, IConfiguration configuration) =>
        services.AddReviewCore(StorageConnection.FromSettings(key => configuration[key], StorageConnectionName), TimeProvider.System);
}
