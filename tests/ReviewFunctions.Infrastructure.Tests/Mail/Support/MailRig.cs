using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Mail;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Mail.Support;

/// <summary>Everything a notice test needs: the local SendGrid, Azurite tables and documents, and a dispatcher over them.</summary>
internal sealed class MailRig : IAsyncDisposable
{
    private MailRig(LocalMail mail, ReviewStorage storage, MailStorage mailStorage, NoticeSettings settings, NoticeCatalogue catalogue, CrashAfterSend sender)
    {
        Mail = mail;
        Storage = storage;
        MailStorage = mailStorage;
        Settings = settings;
        Sender = sender;
        Engine = new ReviewEngine(ProcedureCatalogue.Embedded, UkCalendar.Default);
        Composer = new NoticeComposer(Engine, catalogue, settings);
        Dispatcher = new NoticeDispatcher(Engine, Composer, sender, mailStorage, storage.Documents);
    }

    public LocalMail Mail { get; }

    public ReviewStorage Storage { get; }

    public MailStorage MailStorage { get; }

    public NoticeSettings Settings { get; }

    public CrashAfterSend Sender { get; }

    public ReviewEngine Engine { get; }

    public NoticeComposer Composer { get; }

    public NoticeDispatcher Dispatcher { get; }

    /// <summary>The same storage and mail service with the Board's settings changed, as after it edits its directory.</summary>
    public NoticeDispatcher DispatcherFor(NoticeSettings settings) =>
        new(Engine, new NoticeComposer(Engine, Composer.Catalogue, settings), Sender, MailStorage, Storage.Documents);

    public static async Task<MailRig> StartAsync(AzuriteFixture azurite, NoticeSettings settings, NoticeCatalogue? catalogue = null, TimeProvider? clock = null, bool emailActivity = false)
    {
        var mail = await LocalMail.StartAsync(clock, emailActivity: emailActivity);
        var options = TestStorage.Options();
        return new MailRig(
            mail,
            ReviewStorage.Create(azurite.Connection, options),
            MailStorage.Create(azurite.Connection, options, Unique.Table("Ledger"), Unique.Table("Queue")),
            settings,
            catalogue ?? NoticeCatalogue.Embedded,
            new CrashAfterSend(mail.Client));
    }

    public async ValueTask DisposeAsync() => await Mail.DisposeAsync();
}
