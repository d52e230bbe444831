using ReviewFunctions.Infrastructure.Mail;

namespace ReviewFunctions.Infrastructure.Tests.Mail.Support;

/// <summary>
/// Lets the next message through to the mail service and then "dies" before the caller can record it, as a process
/// killed in that window would.
/// </summary>
internal sealed class CrashAfterSend(IMailSender inner) : IMailSender
{
    private int crashes;

    public void CrashOnce() => Interlocked.Exchange(ref crashes, 1);

    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var result = await inner.SendAsync(mail, ct);
        if (Interlocked.Exchange(ref crashes, 0) == 1)
        {
            throw new IOException("Simulated crash after the mail service accepted the message.");
        }

        return result;
    }

    public Task<MailSearch> FindAcceptedAsync(string customArg, string value, CancellationToken ct) => inner.FindAcceptedAsync(customArg, value, ct);
}
