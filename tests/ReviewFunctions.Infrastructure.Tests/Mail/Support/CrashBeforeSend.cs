using ReviewFunctions.Infrastructure.Mail;

namespace ReviewFunctions.Infrastructure.Tests.Mail.Support;

/// <summary>"Dies" before any message reaches the mail service, as a process killed just after claiming a send would.</summary>
internal sealed class CrashBeforeSend(IMailSender inner) : IMailSender
{
    public Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken ct) =>
        throw new IOException("Simulated crash before the message reached the mail service.");

    public Task<MailSearch> FindAcceptedAsync(string customArg, string value, CancellationToken ct) => inner.FindAcceptedAsync(customArg, value, ct);
}
