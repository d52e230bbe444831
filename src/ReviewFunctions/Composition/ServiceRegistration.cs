using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Composition;

/// <summary>Everything the Functions app needs, built from its app settings.</summary>
public static class ServiceRegistration
{
    /// <summary>The app settings read here; the Bicep templates set each of them.</summary>
    public const string StorageConnectionName = "AzureWebJobsStorage";

    public static IServiceCollection AddReviewFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ProcedureCatalogue.Embedded);
        services.AddSingleton(_ => UkCalendar.Default);
        services.AddSingleton(p => new ReviewEngine(p.GetRequiredService<ProcedureCatalogue>(), p.GetRequiredService<UkCalendar>()));
        services.AddSingleton(p => ReviewStorage.Create(
            StorageConnection.FromSettings(key => configuration[key], StorageConnectionName),
            new StorageOptions { TimeProvider = p.GetRequiredService<TimeProvider>() }));
        services.AddSingleton(p => p.GetRequiredService<ReviewStorage>().Events);
        services.AddSingleton(p => p.GetRequiredService<ReviewStorage>().Index);
        services.AddSingleton(p => p.GetRequiredService<ReviewStorage>().Documents);
        services.AddSingleton<ReviewRepository>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<ReviewCommandDispatcher>();
        return services;
    }
}
