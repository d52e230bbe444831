using SendGrid.Helpers.Mail;
using PackageAddress = SendGrid.Helpers.Mail.EmailAddress;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>Puts one of our outgoing messages into the SendGrid package's message.</summary>
internal static class SendGridMessages
{
    public static SendGridMessage From(OutgoingMail mail, SendGridOptions options)
    {
        // One personalization per recipient, so bodies and agencies written to together never see each other's address.
        var message = MailHelper.CreateSingleEmailToMultipleRecipients(Address(options.From), [.. mail.To.Select(Address)], mail.Subject, mail.Text, mail.Html);
        if (mail.ReplyTo is not null)
        {
            message.SetReplyTo(Address(mail.ReplyTo));
        }

        foreach (var attachment in mail.Attachments)
        {
            message.AddAttachment(new Attachment
            {
                Filename = attachment.Filename,
                Type = attachment.ContentType,
                Content = Convert.ToBase64String(attachment.Content.Span),
                Disposition = attachment.ContentId is null ? "attachment" : "inline",
                ContentId = attachment.ContentId,
            });
        }

        if (mail.Categories.Count > 0)
        {
            message.AddCategories([.. mail.Categories]);
        }

        // Message-wide rather than on the first personalization, so every recipient's copy carries the notice id.
        if (mail.CustomArgs.Count > 0)
        {
            message.AddGlobalCustomArgs(new Dictionary<string, string>(mail.CustomArgs, StringComparer.Ordinal));
        }

        message.SetSandBoxMode(options.SandboxMode);

        // Case letters must not be rewritten with tracking links or pixels.
        message.SetClickTracking(enable: false, enableText: false);
        message.SetOpenTracking(enable: false);
        return message;
    }

    private static PackageAddress Address(EmailAddress address) =>
        new(address.Email, string.IsNullOrWhiteSpace(address.Name) ? null : address.Name);
}
