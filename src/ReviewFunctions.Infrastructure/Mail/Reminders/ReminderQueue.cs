using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// Reminders waiting for a person's morning digest, in the <c>ReminderQueue</c> table. PartitionKey is a hash of the
/// person's address (addresses can hold characters keys cannot); an item's RowKey is its review, step, occurrence,
/// kind and instant, so queuing the same reminder twice is harmless. A digest row per person and day is written
/// before the digest is sent: one message per person per morning, even if a run is repeated.
/// </summary>
internal sealed class ReminderQueue(TableClient table)
{
    public async Task EnqueueAsync(string email, ReminderItem item, CancellationToken ct)
    {
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        var entity = Entity(email, ItemKey(item), item, pending: true);
        try
        {
            await table.WriteAsync(entity, TableWrite.Insert, null, "queue reminder", ct).ConfigureAwait(false);
        }
        catch (StorageRequestException e) when (e.Status == 409)
        {
            // Already queued: the decider's command was run twice.
        }
    }

    /// <summary>Everything still waiting whose instant has come, by person.</summary>
    public async Task<IReadOnlyList<PendingReminders>> PendingAsync(DateTimeOffset upTo, CancellationToken ct)
    {
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        var filter = $"Pending eq true and Instant le datetime'{upTo.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ}'";
        var rows = new List<TableEntity>();
        TableContinuation? next = null;
        do
        {
            var page = await table.QueryAsync(filter, 1000, next, "read reminder queue", ct).ConfigureAwait(false);
            rows.AddRange(page.Entities);
            next = page.Continuation;
        }
        while (next is not null);

        return [.. rows.GroupBy(r => r.PartitionKey).Select(g => new PendingReminders(g.First().GetString("Email")!, [.. g.Select(ToQueued)]))];
    }

    /// <summary>Records that today's digest is about to go to this person; false if it already has.</summary>
    public async Task<bool> TryClaimDigestAsync(string email, DateOnly day, DateTimeOffset at, CancellationToken ct)
    {
        try
        {
            await table.WriteAsync(new TableEntity(PersonKey(email), DigestKey(day)).Set("Email", email).Set("At", at), TableWrite.Insert, null, "record digest", ct).ConfigureAwait(false);
            return true;
        }
        catch (StorageRequestException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task MarkSentAsync(string email, IReadOnlyList<QueuedReminder> items, DateOnly day, string? messageId, CancellationToken ct)
    {
        foreach (var queued in items)
        {
            var item = queued.Item;
            var entity = Entity(email, queued.RowKey, item, pending: false)
                .Set("DigestDay", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Set("MessageId", messageId);
            await table.WriteAsync(entity, TableWrite.Upsert, null, "mark reminder sent", ct).ConfigureAwait(false);
        }
    }

    /// <summary>One queued reminder as a row: written when queued, and again (pending no more) once its digest went.</summary>
    private static TableEntity Entity(string email, string rowKey, ReminderItem item, bool pending) =>
        new TableEntity(PersonKey(email), rowKey)
            .Set("Email", email)
            .Set("Reference", item.Reference)
            .Set("Step", item.Step)
            .Set("StepTitle", item.StepTitle)
            .Set("Occurrence", item.Occurrence)
            .Set("Kind", item.Kind.ToString())
            .Set("OwnerTitle", item.OwnerTitle)
            .Set("DueDay", item.Due.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Set("DueAt", item.Due.At)
            .Set("Instant", item.Instant)
            .Set("Pending", pending);

    public static string PersonKey(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))[..32];

    private static string ItemKey(ReminderItem item) =>
        $"item|{item.Reference}|{item.Step}|{item.Occurrence}|{item.Kind}|{item.Instant.UtcDateTime:yyyyMMddHHmmss}";

    private static string DigestKey(DateOnly day) => "digest|" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static QueuedReminder ToQueued(TableEntity row)
    {
        var day = DateOnly.ParseExact(row.GetString("DueDay")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var at = row.GetDateTime("DueAt");
        return new QueuedReminder(row.RowKey, new ReminderItem(
            row.GetString("Reference")!,
            row.GetString("Step")!,
            row.GetString("StepTitle")!,
            row.GetInt32("Occurrence") ?? 1,
            Enum.Parse<ReminderItemKind>(row.GetString("Kind")!),
            row.GetString("OwnerTitle")!,
            at is { } exact ? Due.Instant(exact) : Due.EndOfDay(day),
            row.GetDateTime("Instant")!.Value));
    }
}

internal sealed record QueuedReminder(string RowKey, ReminderItem Item);

internal sealed record PendingReminders(string Email, IReadOnlyList<QueuedReminder> Items);
