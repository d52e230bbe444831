using ReviewFunctions.Emulators.Mail;
using ReviewFunctions.Infrastructure.Mail;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Mail.Support;

/// <summary>The local SendGrid endpoint and a client pointed at it, with retry waits recorded rather than slept.</summary>
internal sealed class LocalMail : IAsyncDisposable
{
    public const string ApiKey = "SG.test-key-for-the-local-endpoint";

    private LocalMail(LocalSendGridServer server, RecordingDelay delay, TimeProvider clock, bool sandbox, bool emailActivity)
    {
        Server = server;
        Delay = delay;
        Http = new HttpClient();
        Client = new SendGridMailSender(Http, new SendGridOptions
        {
            ApiKey = ApiKey,
            From = new EmailAddress("noreply@westbridge-scp.example.gov.uk", "Westbridge Safeguarding Children Partnership"),
            BaseAddress = server.Address,
            SandboxMode = sandbox,
            Delay = delay.Wait,
            TimeProvider = clock,
            EmailActivity = emailActivity,
        });
    }

    public LocalSendGridServer Server { get; }

    public MailOutbox Outbox => Server.Outbox;

    public RecordingDelay Delay { get; }

    public HttpClient Http { get; }

    public SendGridMailSender Client { get; }

    /// <param name="emailActivity">Whether the sender may ask the endpoint's Email Activity search whether a message went.</param>
    public static async Task<LocalMail> StartAsync(TimeProvider? clock = null, bool sandbox = false, bool emailActivity = false)
    {
        clock ??= TimeProvider.System;
        return new LocalMail(await LocalSendGridServer.StartAsync(ApiKey, clock), new RecordingDelay(), clock, sandbox, emailActivity);
    }

    public static OutgoingMail Letter(string to = "someone@agency.example.gov.uk") => new(
        [new EmailAddress(to, "Agency")],
        "Review CR-2027-0001: a letter",
        "Dear colleague,\n\nA letter.\n",
        "<!DOCTYPE html><html><body><p>Dear colleague,</p><p>A letter.</p></body></html>",
        [new MailAttachment("letter.html", "text/html", "<p>letter</p>"u8.ToArray()), new MailAttachment("crest.png", "image/png", new byte[] { 137, 80, 78, 71 }, "crest")],
        ["review-notice", "decision-letter"],
        new Dictionary<string, string> { ["reference"] = "CR-2027-0001", ["notice"] = "decision-letter" },
        new EmailAddress("reviews@westbridge-scp.example.gov.uk", "Westbridge Safeguarding Children Partnership"));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
