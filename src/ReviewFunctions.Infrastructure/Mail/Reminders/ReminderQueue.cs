using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// Reminders waiting for a person's morning digest, in the <c>ReminderQueue</c> table. PartitionKey is a hash of the
/// person's address (addresses can hold characters keys cannot); an item's RowKey is its review, step, occurrence,
/// kind and instant, so queuing the same reminder twice is harmless. A digest row per person and day is written
/// before the digest is sent and marked once the mail service has it: one message per person per morning, even if a
/// run is repeated or dies on the way.
/// </summary>
internal sealed class ReminderQueue(CreatedOnFirstUse<TableClient> queueTable)
{
    public async Task EnqueueAsync(string email, ReminderItem item, CancellationToken ct)
    {
        var table = await queueTable.GetAsync(ct).ConfigureAwait(false);

        // Already queued means the decider's command was run twice.
        await table.TryAddAsync(Entity(email, ItemKey(item), item, pending: true), ct).ConfigureAwait(false);
    }

    /// <summary>Everything still waiting whose instant has come, by person.</summary>
    public async Task<IReadOnlyList<PendingReminders>> PendingAsync(DateTimeOffset upTo, CancellationToken ct)
    {
        var table = await queueTable.GetAsync(ct).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"Pending eq {true} and Instant le {upTo}");
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return [.. rows.GroupBy(r => r.PartitionKey).Select(g => new PendingReminders(g.First().GetString("Email")!, [.. g.Select(ToQueued)]))];
    }

    /// <summary>
    /// Records that today's digest is about to go to this person, made at <paramref name="at"/>; or, if a run already
    /// claimed it, what that run recorded.
    /// </summary>
    public async Task<DigestClaim> ClaimDigestAsync(string email, DateOnly day, DateTimeOffset at, CancellationToken ct)
    {
        var table = await queueTable.GetAsync(ct).ConfigureAwait(false);
        var claim = new TableEntity(PersonKey(email), DigestKey(day)) { ["Email"] = email, ["At"] = at };
        if (await table.TryAddAsync(claim, ct).ConfigureAwait(false) is not null)
        {
            return new DigestClaim(First: true, at, Sent: false, MessageId: null);
        }

        var earlier = (await table.GetEntityAsync<TableEntity>(claim.PartitionKey, claim.RowKey, cancellationToken: ct).ConfigureAwait(false)).Value;
        return new DigestClaim(First: false, earlier.GetDateTimeOffset("At") ?? at, earlier.GetBoolean("Sent") ?? false, earlier.GetString("MessageId"));
    }

    /// <summary>Records that the mail service has today's digest for this person, before its reminders are marked.</summary>
    public async Task RecordDigestSentAsync(string email, DateOnly day, string? messageId, CancellationToken ct)
    {
        var table = await queueTable.GetAsync(ct).ConfigureAwait(false);
        var sent = new TableEntity(PersonKey(email), DigestKey(day)) { ["Sent"] = true, ["MessageId"] = messageId };
        await table.UpdateEntityAsync(sent, ETag.All, TableUpdateMode.Merge, ct).ConfigureAwait(false);
    }

    /// <summary>The idempotency key a person's digest for a day carries in its custom args.</summary>
    public static string DigestIdempotency(string email, DateOnly day) => $"{PersonKey(email)}/{DigestKey(day)}";

    public async Task MarkSentAsync(string email, IReadOnlyList<QueuedReminder> items, DateOnly day, string? messageId, CancellationToken ct)
    {
        var table = await queueTable.GetAsync(ct).ConfigureAwait(false);
        foreach (var queued in items)
        {
            var entity = Entity(email, queued.RowKey, queued.Item, pending: false);
            entity["DigestDay"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            entity["MessageId"] = messageId;
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct).ConfigureAwait(false);
        }
    }

    /// <summary>One queued reminder as a row: written when queued, and again (pending no more) once its digest went.</summary>
    private static TableEntity Entity(string email, string rowKey, ReminderItem item, bool pending) =>
        new(PersonKey(email), rowKey)
        {
            ["Email"] = email,
            ["Reference"] = item.Reference,
            ["Step"] = item.Step,
            ["StepTitle"] = item.StepTitle,
            ["Occurrence"] = item.Occurrence,
            ["Kind"] = item.Kind.ToString(),
            ["OwnerTitle"] = item.OwnerTitle,
            ["DueDay"] = item.Due.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["DueAt"] = item.Due.At,
            ["Instant"] = item.Instant,
            ["Pending"] = pending,
            ["Problem"] = item.Problem,
        };

    public static string PersonKey(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))[..32];

    private static string ItemKey(ReminderItem item) =>
        $"item|{item.Reference}|{item.Step}|{item.Occurrence}|{item.Kind}|{item.Instant.UtcDateTime:yyyyMMddHHmmss}";

    private static string DigestKey(DateOnly day) => "digest|" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static QueuedReminder ToQueued(TableEntity row)
    {
        var day = DateOnly.ParseExact(row.GetString("DueDay")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var at = row.GetDateTimeOffset("DueAt");
        return new QueuedReminder(row.RowKey, new ReminderItem(
            row.GetString("Reference")!,
            row.GetString("Step")!,
            row.GetString("StepTitle")!,
            row.GetInt32("Occurrence") ?? 1,
            Enum.Parse<ReminderItemKind>(row.GetString("Kind")!),
            row.GetString("OwnerTitle")!,
            at is { } exact ? Due.Instant(exact) : Due.EndOfDay(day),
            row.GetDateTimeOffset("Instant")!.Value,
            row.GetString("Problem")));
    }
}

internal sealed record QueuedReminder(string RowKey, ReminderItem Item);

internal sealed record PendingReminders(string Email, IReadOnlyList<QueuedReminder> Items);

/// <summary>A person's digest claim for a day: made by this run (<paramref name="First"/>) or by an earlier one at <paramref name="At"/>.</summary>
internal sealed record DigestClaim(bool First, DateTimeOffset At, bool Sent, string? MessageId);
