using System.Text;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// Runs the decider's mail commands. A notice is written (<see cref="NoticeComposer"/>), checked, sent through
/// SendGrid, recorded in the ledger and kept as evidence, and answers <see cref="NoticeSent"/>; if the anonymisation
/// gate stops it, it answers <see cref="NoticeBlocked"/> and an administrator gets the reference. Reminders and
/// escalations are queued for the 09:05 digest (or, for hour deadlines, sent at once, but for repeated escalations)
/// and answer nothing.
/// <para>
/// Sending twice is decided per kind (docs/RELIABILITY.md). A notice already recorded as sent, in the review or in the
/// ledger, is never sent again. If the process dies after SendGrid accepted a statutory notice but before it was
/// recorded, the retry asks the mail service for the notice's idempotency key and sends again only if it cannot find
/// it: a duplicate beats a missed statutory notice.
/// Reminders are the other way round: the intention is recorded first, so a crash can lose a reminder (the next
/// morning brings another) but never sends one twice.
/// </para>
/// </summary>
public sealed class NoticeDispatcher
{
    private readonly ReviewEngine engine;
    private readonly NoticeComposer composer;
    private readonly IMailSender mail;
    private readonly NoticeLedger ledger;
    private readonly ReminderQueue queue;
    private readonly NoticeEvidence evidence;
    private readonly NoticeProblemReporter problems;

    public NoticeDispatcher(ReviewEngine engine, NoticeComposer composer, IMailSender mail, MailStorage storage, IReviewDocumentStore documents)
    {
        this.engine = engine;
        this.composer = composer;
        this.mail = mail;
        ledger = storage.Ledger;
        queue = storage.Queue;
        evidence = new NoticeEvidence(documents);
        problems = new NoticeProblemReporter(engine, composer, mail, storage);
    }

    /// <summary>
    /// Sends a notice the decider issued (or a person confirmed) to everyone it can reach, unless it went already.
    /// Whoever has no address, or whom the mail service refuses for good (400, 403, 413), is left out and named in
    /// <see cref="NoticeUndelivered"/>; the business manager is told at once and in the morning digest. A later run
    /// (once the review's people or the directory changed) writes only to those not yet reached.
    /// </summary>
    /// <param name="confirmedBy">Who confirmed it, for a notice the Board holds for confirmation; null for the decider's own commands.</param>
    public async Task<CommandOutcome> RunAsync(SendNotice command, ReviewState state, ReviewParticulars particulars, DateTimeOffset now, string? confirmedBy = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (state.NoticesSent.ContainsKey(ReviewState.NoticeKey(command.Notice, command.Step, command.Occurrence)))
        {
            return CommandOutcome.Nothing;
        }

        if (confirmedBy is null && HeldForConfirmation(command, state))
        {
            await ledger.TryClaimAsync(command.Reference, NoticeLedger.Key("held", command.Notice, command.Step, command.Occurrence), now, ct).ConfigureAwait(false);
            return CommandOutcome.Nothing;
        }

        var sent = await ledger.SentAsync(command.Reference, command.Notice, command.Step, command.Occurrence, ct).ConfigureAwait(false);
        var firstSent = sent.Count > 0 ? sent.Values.Min(s => s.At) : now;
        var composed = composer.Compose(command, state, particulars, firstSent);
        if (composed.Blocked)
        {
            var reason = AnonymisationGate.Describe(composed.Leaks);
            await AlertAdministratorAsync(command, state, composed.Entry, reason, now, ct).ConfigureAwait(false);
            return new CommandOutcome([new NoticeBlocked(now, command.Notice, command.Step, command.Occurrence, reason)]);
        }

        var unreached = new List<string>(composed.Missing);
        var ids = new List<string>();
        foreach (var message in composed.Messages)
        {
            var parts = NoticeParts.Of(message.Group, sent);
            foreach (var (part, entry) in parts)
            {
                await evidence.KeepAsync(command.Reference, command.Notice, command.Step, command.Occurrence, NoticeParts.Restrict(message, part, entry.To), entry.MessageId, entry.At, ct).ConfigureAwait(false);
                ids.AddRange(entry.MessageId is { } id ? [id] : []);
            }

            var remaining = NoticeParts.NotYetReached(message, parts);
            if (remaining.Count == 0)
            {
                continue;
            }

            var next = NoticeParts.Next(message.Group, parts.Count);
            var partMessage = NoticeParts.Restrict(message, next, [.. remaining.Select(r => r.Email)]);
            var key = new NoticeKey(command.Reference, command.Notice, command.Step, command.Occurrence, next);
            try
            {
                var messageId = await SendOnceAsync(key, command, composed.Entry, partMessage, confirmedBy, now, ct).ConfigureAwait(false);
                await ledger.RecordSentAsync(command.Reference, key.LedgerKey, messageId, now, [.. remaining.Select(r => r.Email)], ct).ConfigureAwait(false);
                await evidence.KeepAsync(command.Reference, command.Notice, command.Step, command.Occurrence, partMessage, messageId, now, ct, key.Idempotency).ConfigureAwait(false);
                ids.AddRange(messageId is { } id ? [id] : []);
            }
            catch (SendGridRejectedException e) when (e.Status is 400 or 403 or 413)
            {
                unreached.Add($"{NoticeFields.Join([.. remaining.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase)])} (the mail service refused the message: {e.Status})");
            }
        }

        if (unreached.Count > 0)
        {
            var undelivered = new NoticeUndelivered(now, command.Notice, command.Step, command.Occurrence, unreached, composer.Settings.Directory.Version());
            await problems.ReportAsync(undelivered, command.Reference, composed.Entry, state, now, ct).ConfigureAwait(false);
            return new CommandOutcome([undelivered]);
        }

        return new CommandOutcome([new NoticeSent(now, command.Notice, command.Step, command.Occurrence, ids.Count == 0 ? null : string.Join(',', ids))]);
    }

    /// <summary>Reminds the step's owner: into the morning digest, or at once for an hour deadline.</summary>
    /// <param name="particulars">The referral's contacts: an agency known only from the form is reminded at the form's address.</param>
    public Task<CommandOutcome> RunAsync(RemindOwner command, ReviewState state, DateTimeOffset now, ReviewParticulars? particulars = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = command.Kind == ReminderKind.BeforeDue ? ReminderItemKind.BeforeDue : ReminderItemKind.OnDue;
        var item = new ReminderItem(command.Reference, command.Step, command.StepTitle, command.Occurrence, kind, RoleTitle(command.Owner), command.Due, command.Instant);
        return RemindAsync(command.Owner, item, urgent: command.Due.At is not null, state, particulars, now, ct);
    }

    /// <summary>
    /// Tells the owner's manager the step is overdue, the same way, except that an hour deadline's repeated
    /// escalations, which fall on working mornings, join that morning's digest: only the first marks the missed hour.
    /// </summary>
    public Task<CommandOutcome> RunAsync(EscalateToManager command, ReviewState state, DateTimeOffset now, ReviewParticulars? particulars = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var item = new ReminderItem(command.Reference, command.Step, command.StepTitle, command.Occurrence, ReminderItemKind.Overdue, RoleTitle(command.Owner), command.Due, command.Instant);
        var onAMorning = command.Instant == UkTime.Morning(UkTime.ToUkDate(command.Instant));
        return RemindAsync(command.Manager, item, urgent: command.Due.At is not null && !onAMorning, state, particulars, now, ct);
    }

    private async Task<CommandOutcome> RemindAsync(string role, ReminderItem item, bool urgent, ReviewState state, ReviewParticulars? particulars, DateTimeOffset now, CancellationToken ct)
    {
        var people = composer.Recipients.RoleHolders(role, state, particulars);
        var addresses = people.Count > 0
            ? people.Select(p => p.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [composer.Settings.Board.AdministratorEmail];

        foreach (var email in addresses)
        {
            if (urgent)
            {
                await SendUrgentAsync(email, item, now, ct).ConfigureAwait(false);
            }
            else
            {
                await queue.EnqueueAsync(email, item, ct).ConfigureAwait(false);
            }
        }

        return CommandOutcome.Nothing;
    }

    /// <summary>An hour deadline cannot wait for tomorrow's digest, so its reminder goes now; recorded first, sent at most once.</summary>
    private async Task SendUrgentAsync(string email, ReminderItem item, DateTimeOffset now, CancellationToken ct)
    {
        var key = NoticeLedger.Key("reminder", item.Kind, item.Step, item.Occurrence, item.Instant.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture), ReminderQueue.PersonKey(email));
        if (!await ledger.TryClaimAsync(item.Reference, key, now, ct).ConfigureAwait(false))
        {
            return;
        }

        var text = item.Kind switch
        {
            ReminderItemKind.Overdue => $"Overdue: {item.StepTitle}",
            ReminderItemKind.OnDue => $"Due now: {item.StepTitle}",
            _ => $"Coming due: {item.StepTitle}",
        };
        var fields = new Dictionary<string, string?>
        {
            ["reference"] = item.Reference,
            ["letterDate"] = UkDates.Written(now),
            ["recipientName"] = item.Kind == ReminderItemKind.Overdue ? "manager" : item.OwnerTitle,
            ["reminderText"] = text,
            ["stepTitle"] = item.StepTitle,
            ["stepDue"] = UkDates.Written(item.Due),
            ["boardName"] = composer.Settings.Board.Name,
        };
        var body = TemplateRenderer.Render(composer.Catalogue.Template(NoticeCatalogue.UrgentReminderTemplate), fields);
        await mail.SendAsync(
            new OutgoingMail([new EmailAddress(email)], body.Subject, body.Text, body.Html, [], ["review-reminder"], new Dictionary<string, string> { ["reference"] = item.Reference, ["step"] = item.Step }, BoardAddress(), AtMostOnce: true),
            ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends one part of a notice with its idempotency key. The claim made first is the outbox: finding it already made
    /// means an earlier try died after claiming, perhaps after the mail service accepted the message, so the service is
    /// asked before sending again; where it cannot tell, the part goes again (a duplicate beats a missed statutory notice).
    /// </summary>
    private async Task<string?> SendOnceAsync(NoticeKey key, SendNotice command, NoticeEntry entry, NoticeMessage message, string? confirmedBy, DateTimeOffset now, CancellationToken ct)
    {
        if (!await ledger.TryClaimAsync(command.Reference, key.SendingKey, now, ct).ConfigureAwait(false)
            && await mail.FindAcceptedAsync(NoticeKey.CustomArg, key.Idempotency, ct).ConfigureAwait(false) is { Answer: MailSearchAnswer.Found } accepted)
        {
            return accepted.MessageId;
        }

        var args = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["reference"] = command.Reference,
            ["notice"] = command.Notice,
            ["step"] = command.Step,
            ["occurrence"] = command.Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["group"] = message.Group,
            [NoticeKey.CustomArg] = key.Idempotency,
        };
        if (confirmedBy is not null)
        {
            args["confirmed"] = "true";
        }

        var attachments = message.Attachments
            .Select(a => new MailAttachment($"{a.Name}.html", "text/html", Encoding.UTF8.GetBytes(a.Content.Html)))
            .ToList();
        var result = await mail.SendAsync(
            new OutgoingMail(
                [.. message.To.Select(t => new EmailAddress(t.Email, t.Name))],
                message.Body.Subject,
                message.Body.Text,
                message.Body.Html,
                attachments,
                ["review-notice", command.Notice, Kebab(entry.Audience.ToString())],
                args,
                BoardAddress()),
            ct).ConfigureAwait(false);
        return result.MessageId;
    }

    private async Task AlertAdministratorAsync(SendNotice command, ReviewState state, NoticeEntry entry, string reason, DateTimeOffset now, CancellationToken ct)
    {
        if (!await ledger.TryClaimAsync(command.Reference, NoticeLedger.Key("alert", command.Notice, command.Step, command.Occurrence), now, ct).ConfigureAwait(false))
        {
            return;
        }

        var step = engine.ProcedureOf(state).FindStep(command.Step);
        var fields = new Dictionary<string, string?>
        {
            ["reference"] = command.Reference,
            ["letterDate"] = UkDates.Written(now),
            ["recipientName"] = "administrator",
            ["noticeTitle"] = entry.Title,
            ["stepTitle"] = step?.Title ?? command.Step,
            ["blockedReason"] = reason,
            ["boardName"] = composer.Settings.Board.Name,
        };
        var body = TemplateRenderer.Render(composer.Catalogue.Template(NoticeCatalogue.BlockedAlertTemplate), fields);
        await mail.SendAsync(
            new OutgoingMail([new EmailAddress(composer.Settings.Board.AdministratorEmail)], body.Subject, body.Text, body.Html, [], ["review-alert"], new Dictionary<string, string> { ["reference"] = command.Reference, ["notice"] = command.Notice }, AtMostOnce: true),
            ct).ConfigureAwait(false);
    }

    private bool HeldForConfirmation(SendNotice command, ReviewState state)
    {
        var definition = engine.ProcedureOf(state).FindStep(command.Step)?.Notices.FirstOrDefault(n => n.Id == command.Notice);
        return definition is not null && definition.Send is NoticeSending.Automatic or NoticeSending.OnDue && composer.Settings.ConfirmBeforeSending.Contains(command.Notice);
    }

    private string RoleTitle(string role) => engine.Catalogue.Roles.TryGetValue(role, out var r) ? r.Title : role;

    private EmailAddress BoardAddress() => new(composer.Settings.Board.Email, composer.Settings.Board.Name);

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
