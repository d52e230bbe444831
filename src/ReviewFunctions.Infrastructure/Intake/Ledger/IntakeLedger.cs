using System.Globalization;
using Azure;
using Azure.Data.Tables;
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
/// given another (no double start). A new form's row is added in that same transaction, with a lease for the delivery
/// starting its review; one whose delivery stops before the start is finished by the sweep once its lease runs out.
/// </para>
/// </summary>
internal sealed class IntakeLedger(CreatedOnFirstUse<TableClient> register, IntakeOptions options)
{
    private const string CounterRow = "counter";
    private const string MessagePartition = "message";
    private const string QuarantinePartition = "quarantine";
    private const string MailboxPartition = "mailbox";

    // Read, change and replace is tried this often before a row that keeps changing is left for a later delivery.
    private const int UpdateAttempts = 10;

    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(500);

    private readonly TimeProvider _time = options.TimeProvider;

    private readonly OneAtATime _numbering = new();

    // Each year's counter as this process last wrote it, with its ETag; read and written only in the numbering turn.
    private readonly Dictionary<string, TableEntity> _counters = new(StringComparer.Ordinal);

    public string Partition(int year) => $"{options.ReferencePrefix}-{year.ToString(CultureInfo.InvariantCulture)}";

    public string Reference(int year, int number) =>
        $"{options.ReferencePrefix}-{year.ToString(CultureInfo.InvariantCulture)}-{number.ToString("D4", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Notes the message before anything is allocated for it, so a repeat is recognised whatever happens next, and
    /// returns the reference it was already given if it has been seen before. The insert comes first because most
    /// messages are new: a repeat costs a second request, a new one only the insert.
    /// </summary>
    public async Task<string?> RecordMessageAsync(string messageKey, string formKey, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var table = await register.GetAsync(ct).ConfigureAwait(false);
        if (await table.TryAddAsync(new TableEntity(MessagePartition, messageKey) { ["Form"] = formKey, ["ReceivedAt"] = receivedAt }, ct).ConfigureAwait(false) is not null)
        {
            return null;
        }

        // Seen before: the first record stands.
        return (await table.FindAsync(MessagePartition, messageKey, ct).ConfigureAwait(false))?.GetString("Reference");
    }

    /// <summary>
    /// Merged in without reading the row first: every delivery of a message is given its form's one reference, so
    /// writers never disagree about the value.
    /// </summary>
    public async Task SetMessageReferenceAsync(string messageKey, string reference, CancellationToken ct)
    {
        var table = await register.GetAsync(ct).ConfigureAwait(false);
        await table.UpsertEntityAsync(new TableEntity(MessagePartition, messageKey) { ["Reference"] = reference }, TableUpdateMode.Merge, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// True for the one delivery that may answer the message now: it has not been answered, and no other delivery is
    /// answering it. The claim is taken by ETag, so of two deliveries of one message at once only one sends; a claim
    /// whose holder stopped runs out after <see cref="IntakeOptions.ClaimLease"/>, and one whose reply failed is
    /// released (<see cref="ReleaseReplyAsync"/>), so a later delivery tries again.
    /// </summary>
    public async Task<bool> ClaimReplyAsync(string partition, string messageKey, CancellationToken ct)
    {
        var table = await register.GetAsync(ct).ConfigureAwait(false);
        var row = await table.FindAsync(partition, messageKey, ct).ConfigureAwait(false);
        if (row is null)
        {
            // Every message is recorded before it is answered; without its row there is nothing to claim, so answer.
            return true;
        }

        var now = _time.GetUtcNow();
        if (row.GetDateTimeOffset("RepliedAt") is not null || row.GetDateTimeOffset("ReplyingUntil") > now)
        {
            return false;
        }

        row["ReplyingUntil"] = now + options.ClaimLease;
        return await TryReplaceAsync(table, row, row.ETag, ct).ConfigureAwait(false) is not null;
    }

    /// <summary>Gives up a claim to answer whose reply could not be sent, so the next delivery answers.</summary>
    public Task ReleaseReplyAsync(string partition, string messageKey, CancellationToken ct) =>
        UpdateAsync(partition, messageKey, row => row.GetDateTimeOffset("RepliedAt") is null && row.GetDateTimeOffset("ReplyingUntil") is not null ? With(row, "ReplyingUntil", DateTimeOffset.UnixEpoch) : null, ct);

    public Task MarkRepliedAsync(string partition, string messageKey, CancellationToken ct) =>
        UpdateAsync(partition, messageKey, row => row.GetDateTimeOffset("RepliedAt") is null ? With(row, "RepliedAt", _time.GetUtcNow()) : null, ct);

    public static string MessageRows => MessagePartition;

    public static string QuarantineRows => QuarantinePartition;

    /// <summary>
    /// Keeps a record of a message that could not be accepted, or that intake failed on (<paramref name="reason"/>):
    /// when, how many problems, in which fields (never their values).
    /// </summary>
    public async Task RecordQuarantineAsync(string messageKey, DateTimeOffset receivedAt, QuarantineReason reason, IReadOnlyList<IntakeProblem> problems, string document, CancellationToken ct)
    {
        var table = await register.GetAsync(ct).ConfigureAwait(false);
        var fields = string.Join(',', problems.Select(p => p.Field).Distinct(StringComparer.Ordinal));
        var row = new TableEntity(QuarantinePartition, messageKey)
        {
            ["ReceivedAt"] = receivedAt,
            ["QuarantinedAt"] = _time.GetUtcNow(),
            ["Reason"] = reason.ToName(),
            ["Problems"] = problems.Count,
            ["Fields"] = fields.Length > 1000 ? fields[..1000] : fields,
            ["Document"] = document,
        };

        // The same message quarantined again: keep the first record and its reply state.
        await table.TryAddAsync(row, ct).ConfigureAwait(false);
    }

    public async Task<string?> DeltaLinkAsync(string mailboxKey, CancellationToken ct)
    {
        var table = await register.GetAsync(ct).ConfigureAwait(false);
        return (await table.FindAsync(MailboxPartition, mailboxKey, ct).ConfigureAwait(false))?.GetString("DeltaLink");
    }

    public async Task SaveDeltaLinkAsync(string mailboxKey, string deltaLink, CancellationToken ct)
    {
        var table = await register.GetAsync(ct).ConfigureAwait(false);
        var row = new TableEntity(MailboxPartition, mailboxKey) { ["DeltaLink"] = deltaLink, ["SavedAt"] = _time.GetUtcNow() };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The form's reference: the one it already has if the same form arrived within the duplicate window, otherwise
    /// a new one, the next number in its year. Null when another delivery of it is still being given its reference
    /// after <see cref="IntakeOptions.WaitForFirstDelivery"/>.
    /// </summary>
    public async Task<Reservation?> ReserveAsync(int year, string formKey, string messageKey, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var table = await register.GetAsync(ct).ConfigureAwait(false);
        var partition = Partition(year);
        var row = "form-" + formKey;
        var waitUntil = _time.GetUtcNow() + options.WaitForFirstDelivery;
        var poll = FirstPoll;
        for (var attempt = 0; ; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            if (await RecentInPreviousYearAsync(table, year, row, receivedAt, ct).ConfigureAwait(false) is { } earlier)
            {
                return earlier;
            }

            // Most forms are new, so the first try takes the form as not there: numbering it adds its row, and a form
            // that is there fails the numbering as a whole and is read on the next try.
            var existing = attempt == 0 ? null : await table.FindAsync(partition, row, ct).ConfigureAwait(false);
            if (existing?.GetString("Reference") is { } reference && Within(existing, receivedAt))
            {
                var started = existing.GetString("State") == "started";
                var held = !started && existing.GetDateTimeOffset("LeaseUntil") > _time.GetUtcNow();
                return new Reservation(reference, Allocated: false, started, held);
            }

            if (existing is not null && existing.GetString("Reference") is null && existing.GetDateTimeOffset("LeaseUntil") > _time.GetUtcNow())
            {
                // Claimed but not yet numbered by a delivery still working on it (rows written before numbering took
                // one transaction).
                if (_time.GetUtcNow() >= waitUntil)
                {
                    return null;
                }

                await Task.Delay(poll, _time, ct).ConfigureAwait(false);
                poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestPoll.Ticks));
                continue;
            }

            // A new form; or an older referral of the same form (a new one, after the window), or a claim whose holder
            // stopped, either replaced by its ETag.
            if (await AllocateAsync(table, year, partition, row, messageKey, receivedAt, existing?.ETag, ct).ConfigureAwait(false) is { } allocated)
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
        var table = await register.GetAsync(ct).ConfigureAwait(false);
        var row = await table.FindAsync(Partition(year), "form-" + formKey, ct).ConfigureAwait(false);
        if (row?.GetString("Reference") != reference)
        {
            return new Reservation(reference, Allocated: false, Started: true, HeldByOther: false);
        }

        var started = row.GetString("State") == "started";
        return new Reservation(reference, Allocated: false, started, !started && row.GetDateTimeOffset("LeaseUntil") > _time.GetUtcNow());
    }

    /// <summary>
    /// Forms of <paramref name="year"/> given a number but whose review was never marked started, and which nobody has
    /// worked on since their lease ran out: a delivery answered and then cut short. Rows written before the message was
    /// kept on the claim have no message key and are left out.
    /// </summary>
    public async Task<IReadOnlyList<UnstartedReferral>> UnstartedAsync(int year, CancellationToken ct)
    {
        var table = await register.GetAsync(ct).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(year)} and State eq {"allocated"} and LeaseUntil lt {now}");
        var found = new List<UnstartedReferral>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["Reference", "MessageKey", "ReceivedAt"], cancellationToken: ct).ConfigureAwait(false))
        {
            if (row.GetString("Reference") is { } reference && row.GetString("MessageKey") is { } messageKey && row.GetDateTimeOffset("ReceivedAt") is { } receivedAt)
            {
                found.Add(new UnstartedReferral(reference, messageKey, receivedAt));
            }
        }

        return found;
    }

    public Task MarkStartedAsync(string reference, int year, string formKey, CancellationToken ct) =>
        UpdateAsync(Partition(year), "form-" + formKey, row => row.GetString("Reference") == reference && row.GetString("State") != "started" ? With(row, "State", "started") : null, ct);

    /// <summary>
    /// Takes the next number for the form and writes its row with it in the same transaction: added when
    /// <paramref name="replacing"/> is null (a form added first by another delivery fails the whole transaction),
    /// otherwise replacing the row read with that ETag. Null when the form was there already, or the row read was
    /// changed by another delivery first. One delivery in this process at a time: concurrent ones would each read the
    /// counter, all but one lose its ETag and read it again, so a burst of referrals spent its time re-reading the
    /// counter (measured with the intake bench: 160 referrals in 8 s waited 14 s for their numbers, at 20 a second).
    /// Taking turns, each number costs one transaction,
    /// starting from the counter as this process last wrote it. The transaction stays conditional on the counter's
    /// ETag, so another process (another Functions instance) numbering in between is still never given the same number.
    /// </summary>
    private Task<Reservation?> AllocateAsync(TableClient table, int year, string partition, string row, string messageKey, DateTimeOffset receivedAt, ETag? replacing, CancellationToken ct) =>
        _numbering.RunAsync(() => AllocateInTurnAsync(table, year, partition, row, messageKey, receivedAt, replacing, ct), ct);

    private async Task<Reservation?> AllocateInTurnAsync(TableClient table, int year, string partition, string row, string messageKey, DateTimeOffset receivedAt, ETag? replacing, CancellationToken ct)
    {
        var counter = _counters.Remove(partition, out var written) ? written : null;
        while (true)
        {
            counter ??= await table.FindAsync(partition, CounterRow, ct).ConfigureAwait(false);
            if (counter is null)
            {
                await table.TryAddAsync(new TableEntity(partition, CounterRow) { ["Last"] = 0 }, ct).ConfigureAwait(false);
                continue;
            }

            var number = (counter.GetInt32("Last") ?? 0) + 1;
            var reference = Reference(year, number);
            var form = new TableEntity(partition, row)
            {
                ["Reference"] = reference,
                ["Number"] = number,
                ["MessageKey"] = messageKey,
                ["ReceivedAt"] = receivedAt,
                ["LeaseUntil"] = _time.GetUtcNow() + options.ClaimLease,
                ["State"] = "allocated",
            };
            var next = new TableEntity(partition, CounterRow) { ["Last"] = number };
            var group = new EntityGroup(partition);
            group.Replace(next, counter.ETag);
            if (replacing is { } etag)
            {
                group.Replace(form, etag);
            }
            else
            {
                group.Add(form);
            }

            try
            {
                var answers = await table.SubmitTransactionAsync(group.Actions, ct).ConfigureAwait(false);
                if (answers.Value.Count > 0 && answers.Value[0].Headers.ETag is { } counterEtag)
                {
                    next.ETag = counterEtag;
                    _counters[partition] = next;
                }

                return new Reservation(reference, Allocated: true, Started: false, HeldByOther: false);
            }
            catch (TableTransactionFailedException e) when (e.Status == 409 && replacing is null)
            {
                // The form is in the register already; nothing was written, so the counter read still stands.
                _counters[partition] = counter;
                return null;
            }
            catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
            {
                // Another delivery took the number (the counter moved on) or wrote the form's row.
                counter = null;
                var mine = await table.FindAsync(partition, row, ct).ConfigureAwait(false);
                if (mine?.ETag != replacing)
                {
                    return null;
                }
            }
        }
    }

    private async Task<Reservation?> RecentInPreviousYearAsync(TableClient table, int year, string row, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var uk = Domain.Deadlines.UkTime.ToUkLocal(receivedAt - options.DuplicateWindow);
        if (uk.Year == year)
        {
            return null;
        }

        var earlier = await table.FindAsync(Partition(year - 1), row, ct).ConfigureAwait(false);
        return earlier?.GetString("Reference") is { } reference && Within(earlier, receivedAt)
            ? new Reservation(reference, Allocated: false, earlier.GetString("State") == "started", earlier.GetDateTimeOffset("LeaseUntil") > _time.GetUtcNow())
            : null;
    }

    private bool Within(TableEntity existing, DateTimeOffset receivedAt) =>
        existing.GetDateTimeOffset("ReceivedAt") is { } first && (receivedAt - first).Duration() <= options.DuplicateWindow;

    /// <summary>Replaces the row if it still has <paramref name="etag"/> and returns its new ETag; null when someone changed or removed it first.</summary>
    private static async Task<ETag?> TryReplaceAsync(TableClient table, TableEntity entity, ETag etag, CancellationToken ct)
    {
        try
        {
            return (await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, ct).ConfigureAwait(false)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Read, change, replace with the ETag read, and again if someone changed it in between. A row still changing after
    /// <see cref="UpdateAttempts"/> tries gives up with the service's last 412, so the delivery is tried again later.
    /// </summary>
    private async Task UpdateAsync(string partition, string rowKey, Func<TableEntity, TableEntity?> change, CancellationToken ct)
    {
        var table = await register.GetAsync(ct).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var row = await table.FindAsync(partition, rowKey, ct).ConfigureAwait(false);
            if (row is null || change(row) is not { } changed)
            {
                return;
            }

            try
            {
                await table.UpdateEntityAsync(changed, row.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404 && attempt < UpdateAttempts)
            {
                // Someone changed it since it was read: read it again.
            }
        }
    }

    /// <summary>The row as read, with one property set: every other property is written back as it was.</summary>
    private static TableEntity With(TableEntity row, string name, object value)
    {
        row[name] = value;
        return row;
    }
}
