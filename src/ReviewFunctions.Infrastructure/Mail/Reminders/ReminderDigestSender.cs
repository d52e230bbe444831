using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// What the 09:00 timer calls on working days: one message to each person with reminders waiting, listing every step
/// that needs them across all their reviews. The digest is recorded before it is sent, so a repeated or crashed run
/// never sends a person two in one morning; reminders that arrive after a person's digest wait for the next one.
/// </summary>
public sealed class ReminderDigestSender(MailStorage storage, IMailSender mail, NoticeSettings settings, UkCalendar calendar, Nation nation)
{
    /// <returns>How many digests were sent.</returns>
    /// <exception cref="AggregateException">
    /// The mail service refused or stayed unavailable for some people's digests: everyone else's went first, and the
    /// failures are thrown together at the end (their steps wait for the next morning, as a digest is sent at most once).
    /// </exception>
    public async Task<int> SendAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var day = UkTime.ToUkDate(now);
        if (!calendar.IsWorkingDay(nation, day))
        {
            return 0;
        }

        var sent = 0;
        var failures = new List<Exception>();
        foreach (var person in await storage.Queue.PendingAsync(now, ct).ConfigureAwait(false))
        {
            if (!await storage.Queue.TryClaimDigestAsync(person.Email, day, now, ct).ConfigureAwait(false))
            {
                continue;
            }

            var digest = ReminderDigest.Compose([.. person.Items.Select(i => i.Item)], settings.Board.Name, day);
            MailSendResult result;
            try
            {
                result = await mail.SendAsync(
                new OutgoingMail(
                    [new EmailAddress(person.Email)],
                    digest.Subject,
                    digest.Text,
                    digest.Html,
                    [],
                    ["review-reminders"],
                    new Dictionary<string, string> { ["digest"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
                    new EmailAddress(settings.Board.Email, settings.Board.Name),
                    AtMostOnce: true),
                    ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SendGridUnavailableException or SendGridRejectedException)
            {
                // One person's digest failing must not cost everyone after them theirs.
                failures.Add(e);
                continue;
            }

            await storage.Queue.MarkSentAsync(person.Email, person.Items, day, result.MessageId, ct).ConfigureAwait(false);
            sent++;
        }

        return failures.Count == 0 ? sent : throw new AggregateException($"{failures.Count} of the morning's digests could not be sent; {sent} went.", failures);
    }
}
