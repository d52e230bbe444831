using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Chronology;
using ReviewFunctions.Infrastructure.Reports;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Composition;

/// <summary>The services every host shares: the engine, storage, the review service and command dispatch.</summary>
public static class ReviewServices
{
    public static IServiceCollection AddReviewCore(this IServiceCollection services, StorageConnection storage, TimeProvider time, StorageOptions? storageOptions = null)
    {
        services.AddSingleton(time);
        services.AddSingleton(_ => ProcedureCatalogue.Embedded);
        services.AddSingleton(_ => UkCalendar.Default);
        services.AddSingleton(p => new ReviewEngine(p.GetRequiredService<ProcedureCatalogue>(), p.GetRequiredService<UkCalendar>()));
        services.AddSingleton(p => ReviewStorage.Create(storage, storageOptions ?? new StorageOptions()));
        services.AddSingleton(p => p.GetRequiredService<ReviewStorage>().Events);
        services.AddSingleton(p => p.GetRequiredService<ReviewStorage>().Snapshots);
        services.AddSingleton(p => p.GetRequiredService<ReviewStorage>().Index);
        services.AddSingleton(p => p.GetRequiredService<ReviewStorage>().Documents);
        services.AddSingleton<ReviewRepository>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<ReviewCommandDispatcher>();
        services.AddSingleton<BoardReviews>();
        services.AddSingleton<ChronologyUploads>();
        services.AddSingleton<ChronologyApi>();
        services.AddSingleton<ReportApi>();
        return services;
    }
}
