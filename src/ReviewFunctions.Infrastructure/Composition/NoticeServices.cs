using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Mail;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Composition;

/// <summary>Notices, reminders and intake, as every host wires them: only the mail service and replies differ.</summary>
public static class NoticeServices
{
    /// <summary>The intake register: the pipeline writes it, and an import reads the references it issued.</summary>
    private const string IntakeTable = "ReviewIntake";

    /// <summary>The Board's nation (<c>Board__Nation</c>): its working days for the digest, its default review kind at intake.</summary>
    public static Nation BoardNation(Func<string, string?> setting) =>
        NationNames.TryParse(setting("Board:Nation") ?? setting("Board__Nation") ?? "england", out var nation)
            ? nation
            : throw new InvalidOperationException($"The setting Board__Nation must be one of {string.Join(", ", NationNames.All)}.");

    public static IServiceCollection AddNotices(this IServiceCollection services, Func<string, string?> setting, StorageConnection storage, Func<IServiceProvider, IMailSender> mail)
    {
        // Read now, not on first use: a host without its duplicate-key secret must not start.
        services.AddSingleton(DuplicateKeySecret.FromSettings(setting));
        services.AddSingleton(_ => NoticeSettingsLoader.Load(setting));
        services.AddSingleton(p => p.GetRequiredService<NoticeSettings>().Partnership);
        services.AddSingleton(_ => NoticeSettingsLoader.Catalogue(setting));
        services.AddSingleton(p => new NoticeComposer(p.GetRequiredService<ReviewEngine>(), p.GetRequiredService<NoticeCatalogue>(), p.GetRequiredService<NoticeSettings>()));
        services.AddSingleton(mail);
        services.AddSingleton(p => MailStorage.Create(storage));
        services.AddSingleton(p => new NoticeDispatcher(
            p.GetRequiredService<ReviewEngine>(),
            p.GetRequiredService<NoticeComposer>(),
            p.GetRequiredService<IMailSender>(),
            p.GetRequiredService<MailStorage>(),
            p.GetRequiredService<IReviewDocumentStore>()));
        services.AddSingleton<IReviewParticularsStore, DocumentReviewParticularsStore>();
        services.AddSingleton<IReviewCommandRunner, NoticeCommandRunner>();
        services.AddSingleton(p => new ReminderDigestSender(
            p.GetRequiredService<MailStorage>(),
            p.GetRequiredService<IMailSender>(),
            p.GetRequiredService<NoticeSettings>(),
            p.GetRequiredService<UkCalendar>(),
            BoardNation(setting)));
        return services;
    }

    /// <summary>The references intake has issued, from the same register the pipeline writes.</summary>
    public static IntakeRegisterReferences IssuedReferences(Func<string, string?> setting, StorageConnection storage) =>
        IntakeRegisterReferences.Create(storage, new StorageOptions(), IntakeTable);

    /// <summary>The intake pipeline for one starter: the Functions app makes one per call, with that call's Durable client.</summary>
    public static IntakePipeline Intake(IServiceProvider services, Func<string, string?> setting, StorageConnection storage, IReviewStarter starter, IIntakeReplies replies) =>
        IntakePipeline.Create(
            storage,
            new StorageOptions(),
            IntakeOptionsFor(setting, services),
            starter,
            replies,
            services.GetRequiredService<ILogger<IntakePipeline>>());

    private static IntakeOptions IntakeOptionsFor(Func<string, string?> setting, IServiceProvider services) => new()
    {
        Nation = BoardNation(setting),
        DuplicateKeySecret = services.GetRequiredService<DuplicateKeySecret>(),
        ReferencePrefix = setting("Reviews:ReferencePrefix") ?? setting("Reviews__ReferencePrefix") ?? "CR",
        TimeProvider = services.GetRequiredService<TimeProvider>(),
        Table = IntakeTable,
        BusinessManagerEmail = BusinessManager(services.GetRequiredService<NoticeSettings>()),
    };

    /// <summary>The business manager's role mailbox, or the Board's administrator where the Board has not set one.</summary>
    private static string BusinessManager(NoticeSettings settings) =>
        settings.Directory.RoleAddresses.GetValueOrDefault("business-manager") ?? settings.Board.AdministratorEmail;
}
