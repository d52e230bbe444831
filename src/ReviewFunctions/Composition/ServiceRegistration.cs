using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Chronology;
using ReviewFunctions.Infrastructure.Composition;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Mail;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Intake;
using ReviewFunctions.Notices;

namespace ReviewFunctions.Composition;

/// <summary>Everything the Functions app needs, built from its app settings (infra/bicep sets each of them).</summary>
public static class ServiceRegistration
{
    /// <summary>The storage connection the Functions host itself uses; the Bicep templates make it identity-based.</summary>
    public const string StorageConnectionName = "AzureWebJobsStorage";

    public static IServiceCollection AddReviewFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        string? Setting(string key) => configuration[key];
        var storage = StorageConnection.FromSettings(Setting, StorageConnectionName);
        services.AddSingleton(storage);
        services.AddReviewCore(storage, TimeProvider.System);
        services.AddNotices(Setting, storage, _ => new SendGridMailSender(new HttpClient(), SendGridOptions.FromSettings(Setting)));
        services.AddSingleton(new BoardNation(NoticeServices.BoardNation(Setting)));
        services.AddSingleton(ChronologySettings.FromSettings(Setting));
        services.AddSingleton<IIssuedReferences>(NoticeServices.IssuedReferences(Setting, storage));

        // The app's own user-assigned identity, the same one storage uses, reaches Graph and SharePoint.
        var identity = new DefaultAzureCredentialOptions { ManagedIdentityClientId = Setting($"{StorageConnectionName}:clientId") };
        services.AddSingleton(_ => CaseFileSettings.CreateStore(Setting, () => new DefaultAzureCredential(identity)));
        services.AddSingleton<CaseFileCopies>();
        services.AddSingleton<IReviewCommandRunner, SecureCaseFilesRunner>();
        services.AddSingleton<IReviewCommandRunner, ReleaseCaseFilesRunner>();
        services.AddSingleton(_ => new GraphIntake(
            IntakeGraphClient.Create(new DefaultAzureCredential(identity)),
            IntakeMailboxOptions.FromSettings(Setting)));
        services.AddDependencyHealth(storage, Setting, new DefaultAzureCredential(identity));
        return services;
    }
}
