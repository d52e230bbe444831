using System.Security.Cryptography;
using System.Text;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// Tells the business manager that a notice missed some of its recipients: an e-mail at once and a line in the next
/// morning digest, once for each distinct gap (the same gap found again tells nobody again). The message names the
/// notice, the step and whom it missed (agencies, roles, directory entries), never anything about the family.
/// </summary>
internal sealed class NoticeProblemReporter(ReviewEngine engine, NoticeComposer composer, IMailSender mail, MailStorage storage)
{
    private const string BusinessManager = "business-manager";

    public async Task ReportAsync(NoticeUndelivered undelivered, string reference, NoticeEntry entry, ReviewState state, DateTimeOffset now, CancellationToken ct)
    {
        var gap = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', undelivered.Unreached))))[..16];
        if (!await storage.Ledger.TryClaimAsync(reference, NoticeLedger.Key("undelivered", undelivered.Notice, undelivered.Step, undelivered.Occurrence, gap), now, ct).ConfigureAwait(false))
        {
            return;
        }

        var step = engine.Schedule(state).FirstOrDefault(s => s.Id == undelivered.Step && s.Occurrence == undelivered.Occurrence);
        var stepTitle = step?.Definition.Title ?? undelivered.Step;
        var unreached = string.Join("; ", undelivered.Unreached);
        var fields = new Dictionary<string, string?>
        {
            ["reference"] = reference,
            ["letterDate"] = UkDates.Written(now),
            ["recipientName"] = "business manager",
            ["noticeTitle"] = entry.Title,
            ["stepTitle"] = stepTitle,
            ["unreached"] = unreached,
            ["boardName"] = composer.Settings.Board.Name,
        };
        var body = TemplateRenderer.Render(composer.Catalogue.Template(NoticeCatalogue.UndeliveredAlertTemplate), fields);
        var managers = composer.Recipients.RoleHolders(BusinessManager, state).Select(p => p.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var to = managers.Count > 0 ? managers : [composer.Settings.Board.AdministratorEmail];
        await mail.SendAsync(
            new OutgoingMail([.. to.Select(e => new EmailAddress(e))], body.Subject, body.Text, body.Html, [], ["review-alert"], new Dictionary<string, string> { ["reference"] = reference, ["notice"] = undelivered.Notice }, AtMostOnce: true),
            ct).ConfigureAwait(false);

        if (step is not null)
        {
            var item = new ReminderItem(reference, undelivered.Step, stepTitle, undelivered.Occurrence, ReminderItemKind.Undelivered, "Business manager", step.Due, now, unreached);
            foreach (var email in to)
            {
                await storage.Queue.EnqueueAsync(email, item, ct).ConfigureAwait(false);
            }
        }
    }
}
