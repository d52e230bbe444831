using System.Globalization;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// The intake register in Table storage: which messages and forms have been seen, the reference each was given,
/// and one counter per prefix and year. Every change is conditional on the row's ETag, so concurrent deliveries
/// never both win.
/// <para>
/// A form's row and its year's counter share a partition, so giving a form its number is one entity group
/// transaction: the counter moves on and the form records the number together, or neither happens. A crash can
/// therefore never use up a number without a form holding it (no gap), and a form that holds a number is never
/// given another (no double start). The form row is written (claimed) before any number is taken, and a claim
/// whose holder stops answering may be taken over once its lease runs out.
/// </para>
/// </summary>
internal sealed class IntakeLedger(TableClient table, IntakeOptions options)
{
    private const string CounterRow = "counter";
    private const string MessagePartition = "message";
    private const string QuarantinePartition = "quarantine";
    private const string MailboxPartition = "mailbox";

    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(500);

    private readonly TimeProvider _time = options.TimeProvider;

    public string Partition(int year) => $"{options.ReferencePrefix}-{year.ToString(CultureInfo.InvariantCulture)}";

    public string Reference(int year, int number) =>
        $"{options.ReferencePrefix}-{year.ToString(CultureInfo.InvariantCulture)}-{number.ToString("D4", CultureInfo.InvariantCulture)}";

    /// <summary>The reference a message was already given, if it has been seen before.</summary>
    public async Task<string?> MessageReferenceAsync(string messageKey, CancellationToken ct)
    {
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        var row = await table.GetAsync(MessagePartition, messageKey, "read intake message", ct).ConfigureAwait(false);
        return row?.GetString("Reference");
    }

    /// <summary>Notes the message before anything is allocated for it, so a repeat is recognised whatever happens next.</summary>
    public async Task RecordMessageAsync(string messageKey, string formKey, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var row = new TableEntity(MessagePartition, messageKey).Set("Form", formKey).Set("ReceivedAt", receivedAt);
        try
        {
            await table.WriteAsync(row, TableWrite.Insert, null, "record intake message", ct).ConfigureAwait(false);
        }
        catch (StorageRequestException e) when (e.Status == 409)
        {
            // Seen before: the first record stands.
        }
    }

    public Task SetMessageReferenceAsync(string messageKey, string reference, CancellationToken ct) =>
        UpdateAsync(MessagePartition, messageKey, row => row.GetString("Reference") == reference ? null : Copy(row).Set("Reference", reference), "record message reference", ct);

    /// <summary>True the first time it is called for a message: only then does the sender get a reply.</summary>
    public async Task<bool> FirstReplyAsync(string partition, string messageKey, CancellationToken ct)
    {
        var row = await table.GetAsync(partition, messageKey, "read reply state", ct).ConfigureAwait(false);
        return row?.GetDateTime("RepliedAt") is null;
    }

    public Task MarkRepliedAsync(string partition, string messageKey, CancellationToken ct) =>
        UpdateAsync(partition, messageKey, row => row.GetDateTime("RepliedAt") is null ? Copy(row).Set("RepliedAt", _time.GetUtcNow()) : null, "record reply", ct);

    public static string MessageRows => MessagePartition;

    public static string QuarantineRows => QuarantinePartition;

    /// <summary>Keeps a record of a message that could not be accepted: when, how many problems, in which fields (never their values).</summary>
    public async Task RecordQuarantineAsync(string messageKey, DateTimeOffset receivedAt, IReadOnlyList<IntakeProblem> problems, string document, CancellationToken ct)
    {
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        var fields = string.Join(',', problems.Select(p => p.Field).Distinct(StringComparer.Ordinal));
        var row = new TableEntity(QuarantinePartition, messageKey)
            .Set("ReceivedAt", receivedAt)
            .Set("QuarantinedAt", _time.GetUtcNow())
            .Set("Problems", problems.Count)
            .Set("Fields", fields.Length > 1000 ? fields[..1000] : fields)
            .Set("Document", document);
        try
        {
            await table.WriteAsync(row, TableWrite.Insert, null, "record quarantine", ct).ConfigureAwait(false);
        }
        catch (StorageRequestException e) when (e.Status == 409)
        {
            // The same message quarantined again: keep the first record and its reply state.
        }
    }

    public async Task<string?> DeltaLinkAsync(string mailboxKey, CancellationToken ct)
    {
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        return (await table.GetAsync(MailboxPartition, mailboxKey, "read delta link", ct).ConfigureAwait(false))?.GetString("DeltaLink");
    }

    public async Task SaveDeltaLinkAsync(string mailboxKey, string deltaLink, CancellationToken ct)
    {
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        var row = new TableEntity(MailboxPartition, mailboxKey).Set("DeltaLink", deltaLink).Set("SavedAt", _time.GetUtcNow());
        await table.WriteAsync(row, TableWrite.Upsert, null, "save delta link", ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The form's reference: the one it already has if the same form arrived within the duplicate window, otherwise
    /// a new one, the next number in its year. Null when another delivery of it is still being given its reference
    /// after <see cref="IntakeOptions.WaitForFirstDelivery"/>.
    /// </summary>
    public async Task<Reservation?> ReserveAsync(int year, string formKey, DateTimeOffset receivedAt, CancellationToken ct)
    {
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        var partition = Partition(year);
        var row = "form-" + formKey;
        var claimId = Guid.NewGuid().ToString("N");
        var waitUntil = _time.GetUtcNow() + options.WaitForFirstDelivery;
        var poll = FirstPoll;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (await RecentInPreviousYearAsync(year, row, receivedAt, ct).ConfigureAwait(false) is { } earlier)
            {
                return earlier;
            }

            var existing = await table.GetAsync(partition, row, "read referral claim", ct).ConfigureAwait(false);
            string? claimEtag;
            if (existing is null)
            {
                claimEtag = await TryWriteAsync(Claim(partition, row, claimId, receivedAt), TableWrite.Insert, null, ct).ConfigureAwait(false);
            }
            else if (existing.GetString("Reference") is { } reference && Within(existing, receivedAt))
            {
                var started = existing.GetString("State") == "started";
                var held = !started && existing.GetDateTime("LeaseUntil") > _time.GetUtcNow();
                return new Reservation(reference, Allocated: false, started, held);
            }
            else if (existing.GetString("Reference") is not null || existing.GetDateTime("LeaseUntil") <= _time.GetUtcNow())
            {
                // An older referral of the same form (a new one, after the window), or a claim whose holder stopped.
                claimEtag = await TryWriteAsync(Claim(partition, row, claimId, receivedAt), TableWrite.Replace, existing.ETag, ct).ConfigureAwait(false);
            }
            else if (_time.GetUtcNow() < waitUntil)
            {
                await Task.Delay(poll, _time, ct).ConfigureAwait(false);
                poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestPoll.Ticks));
                continue;
            }
            else
            {
                return null;
            }

            if (claimEtag is not null && await AllocateAsync(year, partition, row, claimId, receivedAt, claimEtag, ct).ConfigureAwait(false) is { } allocated)
            {
                return allocated;
            }
        }
    }

    /// <summary>
    /// Where a reference already given stands: started or not, and whether a delivery is still working on it. A form
    /// row since claimed by a newer referral means this one was finished long ago.
    /// </summary>
    public async Task<Reservation> ExistingAsync(int year, string formKey, string reference, CancellationToken ct)
    {
        var row = await table.GetAsync(Partition(year), "form-" + formKey, "read referral claim", ct).ConfigureAwait(false);
        if (row?.GetString("Reference") != reference)
        {
            return new Reservation(reference, Allocated: false, Started: true, HeldByOther: false);
        }

        var started = row.GetString("State") == "started";
        return new Reservation(reference, Allocated: false, started, !started && row.GetDateTime("LeaseUntil") > _time.GetUtcNow());
    }

    public Task MarkStartedAsync(string reference, int year, string formKey, CancellationToken ct) =>
        UpdateAsync(Partition(year), "form-" + formKey, row => row.GetString("Reference") == reference && row.GetString("State") != "started" ? Copy(row).Set("State", "started") : null, "record review started", ct);

    /// <summary>Takes the next number for the claimed form; null if the claim was lost to a delivery that took it over.</summary>
    private async Task<Reservation?> AllocateAsync(int year, string partition, string row, string claimId, DateTimeOffset receivedAt, string claimEtag, CancellationToken ct)
    {
        while (true)
        {
            var counter = await table.GetAsync(partition, CounterRow, "read reference counter", ct).ConfigureAwait(false);
            if (counter is null)
            {
                await TryWriteAsync(new TableEntity(partition, CounterRow).Set("Last", 0), TableWrite.Insert, null, ct).ConfigureAwait(false);
                continue;
            }

            var number = (counter.GetInt32("Last") ?? 0) + 1;
            var reference = Reference(year, number);
            var batch = new TableBatch(table.Table, partition);
            batch.AddReplace(new TableEntity(partition, CounterRow).Set("Last", number), counter.ETag!);
            batch.AddReplace(
                Claim(partition, row, claimId, receivedAt).Set("Reference", reference).Set("Number", number).Set("State", "allocated"),
                claimEtag);
            var (body, contentType) = batch.Build(table.Endpoint);
            var outcome = await table.SubmitAsync(body, contentType, "allocate reference", ct).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                return new Reservation(reference, Allocated: true, Started: false, HeldByOther: false);
            }

            var mine = await table.GetAsync(partition, row, "read referral claim", ct).ConfigureAwait(false);
            if (mine?.ETag != claimEtag)
            {
                return null;
            }
        }
    }

    private async Task<Reservation?> RecentInPreviousYearAsync(int year, string row, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var uk = Domain.Deadlines.UkTime.ToUkLocal(receivedAt - options.DuplicateWindow);
        if (uk.Year == year)
        {
            return null;
        }

        var earlier = await table.GetAsync(Partition(year - 1), row, "read referral claim", ct).ConfigureAwait(false);
        return earlier?.GetString("Reference") is { } reference && Within(earlier, receivedAt)
            ? new Reservation(reference, Allocated: false, earlier.GetString("State") == "started", earlier.GetDateTime("LeaseUntil") > _time.GetUtcNow())
            : null;
    }

    private bool Within(TableEntity existing, DateTimeOffset receivedAt) =>
        existing.GetDateTime("ReceivedAt") is { } first && (receivedAt - first).Duration() <= options.DuplicateWindow;

    private TableEntity Claim(string partition, string row, string claimId, DateTimeOffset receivedAt) =>
        new TableEntity(partition, row)
            .Set("ClaimId", claimId)
            .Set("ReceivedAt", receivedAt)
            .Set("LeaseUntil", _time.GetUtcNow() + options.ClaimLease)
            .Set("State", "claimed");

    /// <summary>Writes the row; null instead of an exception when someone else wrote first (409) or changed it (412).</summary>
    private async Task<string?> TryWriteAsync(TableEntity entity, TableWrite mode, string? etag, CancellationToken ct)
    {
        try
        {
            return await table.WriteAsync(entity, mode, etag, "write referral claim", ct).ConfigureAwait(false);
        }
        catch (StorageRequestException e) when (e.Status is 409 or 412 or 404)
        {
            return null;
        }
    }

    /// <summary>Read, change, replace with the ETag read, and again if someone changed it in between.</summary>
    private async Task UpdateAsync(string partition, string rowKey, Func<TableEntity, TableEntity?> change, string operation, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var row = await table.GetAsync(partition, rowKey, operation, ct).ConfigureAwait(false);
            if (row is null || change(row) is not { } changed)
            {
                return;
            }

            if (await TryWriteAsync(changed, TableWrite.Replace, row.ETag, ct).ConfigureAwait(false) is not null)
            {
                return;
            }
        }

        throw new StorageRequestException(operation, 412, "TooManyConflicts", null);
    }

    private static readonly string[] CopiedProperties = ["Form", "ReceivedAt", "Reference", "RepliedAt", "ClaimId", "LeaseUntil", "State", "Number", "QuarantinedAt", "Problems", "Fields", "Document"];

    private static TableEntity Copy(TableEntity row)
    {
        var copy = new TableEntity(row.PartitionKey, row.RowKey);
        foreach (var name in CopiedProperties)
        {
            object? value = name switch
            {
                "Number" or "Problems" => row.GetInt32(name),
                "ReceivedAt" or "RepliedAt" or "LeaseUntil" or "QuarantinedAt" => row.GetDateTime(name),
                _ => row.GetString(name),
            };
            copy.Set(name, value);
        }

        return copy;
    }
}
