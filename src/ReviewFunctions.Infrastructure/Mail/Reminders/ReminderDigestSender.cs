using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// What the 09:00 timer calls on working days: one message to each person with reminders waiting, listing every step
/// that needs them across all their reviews. The digest is claimed before it is sent, so a repeated run never sends a
/// person two in one morning; reminders that arrive after a person's digest wait for the next one.
/// <para>
/// A run that died between the claim and the record that the mail service has the digest leaves it in doubt. The
/// next run that morning asks the service for it by its idempotency key: found, it is recorded; not found, it goes
/// now, with the steps the first run had. Where the service cannot tell (no Email Activity history) it is not sent
/// again: a second copy of the same digest teaches people to ignore them, and the steps stay in the next morning's.
/// </para>
/// </summary>
public sealed class ReminderDigestSender(MailStorage storage, IMailSender mail, NoticeSettings settings, UkCalendar calendar, Nation nation)
{
    public const string IdempotencyArg = "digest-key";

    /// <returns>How many digests were sent.</returns>
    /// <exception cref="AggregateException">
    /// The mail service refused or stayed unavailable for some people's digests: everyone else's went first, and the
    /// failures are thrown together at the end (their steps wait for a later run that morning, or the next morning).
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
            var claim = await storage.Queue.ClaimDigestAsync(person.Email, day, now, ct).ConfigureAwait(false);
            var items = person.Items.Where(i => i.Item.Instant <= claim.At).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            string? messageId = claim.MessageId;
            if (!claim.Sent)
            {
                var search = claim.First ? MailSearch.NotFound : await mail.FindAcceptedAsync(IdempotencyArg, ReminderQueue.DigestIdempotency(person.Email, day), ct).ConfigureAwait(false);
                if (search.Answer == MailSearchAnswer.CannotTell)
                {
                    continue;
                }

                if (search.Answer == MailSearchAnswer.Found)
                {
                    messageId = search.MessageId;
                }
                else
                {
                    try
                    {
                        messageId = (await SendDigestAsync(person.Email, items, day, ct).ConfigureAwait(false)).MessageId;
                    }
                    catch (Exception e) when (e is SendGridUnavailableException or SendGridRejectedException)
                    {
                        // One person's digest failing must not cost everyone after them theirs.
                        failures.Add(e);
                        continue;
                    }

                    sent++;
                }

                await storage.Queue.RecordDigestSentAsync(person.Email, day, messageId, ct).ConfigureAwait(false);
            }

            await storage.Queue.MarkSentAsync(person.Email, items, day, messageId, ct).ConfigureAwait(false);
        }

        return failures.Count == 0 ? sent : throw new AggregateException($"{failures.Count} of the morning's digests could not be sent; {sent} went.", failures);
    }

    private Task<MailSendResult> SendDigestAsync(string email, IReadOnlyList<QueuedReminder> items, DateOnly day, CancellationToken ct)
    {
        var digest = ReminderDigest.Compose([.. items.Select(i => i.Item)], settings.Board.Name, day);
        return mail.SendAsync(
            new OutgoingMail(
                [new EmailAddress(email)],
                digest.Subject,
                digest.Text,
                digest.Html,
                [],
                ["review-reminders"],
                new Dictionary<string, string>
                {
                    ["digest"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    [IdempotencyArg] = ReminderQueue.DigestIdempotency(email, day),
                },
                new EmailAddress(settings.Board.Email, settings.Board.Name),
                AtMostOnce: true),
            ct);
    }
}
