using System.Collections.Concurrent;
using Azure;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Receives one message in Microsoft Graph's JSON shape, from the mailbox reader or the HTTP endpoint alike, and
/// either starts a review (or recognises a repeat) or quarantines the message and tells the sender what to fix.
/// The original bytes are always kept: under the review's reference, or in quarantine. Nothing about the content
/// throws past <see cref="ReceiveAsync(ReadOnlyMemory{byte}, CancellationToken)"/>: an unexpected error comes back as
/// <see cref="IntakeResult.Failed"/>, for the caller to try again or quarantine (<see cref="QuarantineFailedAsync"/>).
/// Logs carry references, quarantine ids and counts only.
/// </summary>
public sealed partial class IntakePipeline
{
    private readonly IntakeLedger _ledger;
    private readonly IReviewDocumentStore _documents;
    private readonly IReviewStarter _starter;
    private readonly IIntakeReplies _replies;
    private readonly IntakeOptions _options;
    private readonly ILogger _log;

    // References a delivery through this pipeline is starting right now, so its own sweep does not deliver them again:
    // on the local host's virtual clock a claim's lease can run out while its delivery is still working.
    private readonly ConcurrentDictionary<string, byte> _starting = new(StringComparer.Ordinal);

    // Deliveries answered early and still starting their review or acknowledging their sender.
    private int _afterAnswer;

    internal IntakePipeline(IntakeLedger ledger, IReviewDocumentStore documents, IReviewStarter starter, IIntakeReplies replies, IntakeOptions options, ILogger log)
    {
        options.Validate();
        _ledger = ledger;
        _documents = documents;
        _starter = starter;
        _replies = replies;
        _options = options;
        _log = log;
    }

    /// <summary>
    /// Whether a delivery answered early is still starting its review or acknowledging its sender: until then, what the
    /// caller was told is not yet all done (the local host waits for this before it calls itself quiet).
    /// </summary>
    public bool IsFinishingAnswered => Volatile.Read(ref _afterAnswer) > 0;

    /// <summary>Whether this pipeline is starting the referral's review right now.</summary>
    internal bool IsStarting(string reference) => _starting.ContainsKey(reference);

    /// <summary>Numbered referrals whose delivery was cut short before their review started, for a sweep to finish.</summary>
    public UnstartedReferrals Unstarted => new(_ledger, _documents, this, _options.TimeProvider, _log);

    /// <summary>The intake register's record of how far each mailbox has been read, for <see cref="IntakeMailboxReader"/>.</summary>
    public IMailboxDeltaLinks DeltaLinks => new TableMailboxDeltaLinks(_ledger);

    /// <summary>The pipeline over one storage account: the intake register in <see cref="IntakeOptions.Table"/>, documents in the review store.</summary>
    public static IntakePipeline Create(StorageConnection connection, StorageOptions storage, IntakeOptions options, IReviewStarter starter, IIntakeReplies replies, ILogger<IntakePipeline> log)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        var table = TableNames.Validate(options.Table, nameof(IntakeOptions.Table));
        var ledger = new IntakeLedger(StorageClients.Table(StorageClients.Tables(connection, storage), table), options);
        return new IntakePipeline(ledger, ReviewStorage.Create(connection, storage).Documents, starter, replies, options, log);
    }

    /// <summary>The same, for a caller holding the JSON as text.</summary>
    public Task<IntakeOutcome> ReceiveAsync(string graphMessageJson, CancellationToken ct) =>
        ReceiveAsync(Utf8(graphMessageJson), null, null, ct);

    /// <summary>
    /// A message posted to the HTTP endpoint by a signed-in caller, who is recorded as having sent the referral in.
    /// One that intake fails on is quarantined at once, since the caller's request holds the only copy of it.
    /// </summary>
    public Task<IntakeOutcome> ReceiveAsync(string graphMessageJson, Actor? sentInBy, CancellationToken ct) =>
        ReceivePostedAsync(Utf8(graphMessageJson), sentInBy, null, ct);

    /// <summary>
    /// The same, calling <paramref name="answer"/> once with what to tell the caller as soon as that is settled: for a
    /// referral accepted or recognised, once it holds its reference and the message is kept, before the form as read is
    /// kept, its review started and its sender acknowledged (a delivery cut short after that is finished from the message
    /// by <see cref="UnstartedReferrals"/>); otherwise with the outcome at the end. Returns the outcome at the end.
    /// </summary>
    public Task<IntakeOutcome> ReceiveAsync(string graphMessageJson, Actor? sentInBy, Func<IntakeOutcome, Task> answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return ReceivePostedAsync(Utf8(graphMessageJson), sentInBy, answer, ct);
    }

    public Task<IntakeOutcome> ReceiveAsync(ReadOnlyMemory<byte> graphMessageJson, CancellationToken ct) =>
        ReceiveAsync(graphMessageJson, null, null, ct);

    /// <summary>
    /// Keeps a message intake failed on in quarantine with the error beside it, gives its sender (when known) a
    /// holding reply and alerts the business manager, once per message. The key is the Internet message id's hash
    /// when given, else the bytes'. Storage that cannot be reached throws, so the caller keeps its copy.
    /// </summary>
    public async Task<IntakeOutcome> QuarantineFailedAsync(ReadOnlyMemory<byte> graphMessageJson, IntakeFailure failure, string? internetMessageId, IntakeReplyTo? sender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var key = IntakeKeys.Message(internetMessageId, graphMessageJson.Span);
        var now = _options.TimeProvider.GetUtcNow();
        await KeepAsync(key, graphMessageJson, now, QuarantineReason.Failed, [], ct).ConfigureAwait(false);
        await _documents.PutAsync(IntakeDocuments.QuarantineError(key), failure.ToJson(now), IntakeDocuments.JsonContentType, Metadata("quarantine-error", now), ct).ConfigureAwait(false);
        LogQuarantinedFailure(key, failure.ExceptionType);

        var replied = await FirstAnswerAsync(key, async () =>
        {
            // The business manager hears even when the sender's reply could not go.
            var held = sender is null || !EmailAddresses.IsValid(sender.Address) || await SendAsync(() => _replies.HoldAsync(sender, ct), key).ConfigureAwait(false);
            var alerted = await AlertAsync(key, failure, ct).ConfigureAwait(false);
            return held && alerted;
        }, ct).ConfigureAwait(false);
        return IntakeOutcome.Failed(failure, key, replied);
    }

    /// <summary>A posted message: quarantined at once if intake fails on it, and answered early only when asked to.</summary>
    private async Task<IntakeOutcome> ReceivePostedAsync(byte[] raw, Actor? sentInBy, Func<IntakeOutcome, Task>? answer, CancellationToken ct)
    {
        var answered = false;
        Func<IntakeOutcome, Task>? early = answer is null ? null : async outcome =>
        {
            answered = true;
            await AnswerAsync(answer, outcome).ConfigureAwait(false);
        };
        var outcome = await ReceiveAsync(raw, sentInBy, early, ct).ConfigureAwait(false);
        if (outcome is { Result: IntakeResult.Failed, Failure: { } failure })
        {
            outcome = await QuarantineFailedAsync(raw, failure, null, null, ct).ConfigureAwait(false);
        }

        if (answer is not null && !answered)
        {
            await AnswerAsync(answer, outcome).ConfigureAwait(false);
        }

        return outcome;
    }

    private static byte[] Utf8(string? json) => System.Text.Encoding.UTF8.GetBytes(json ?? string.Empty);

    /// <summary>
    /// A message kept under a reference, delivered again to finish what an earlier delivery left undone; one without
    /// its own receipt time counts from <paramref name="receivedAt"/>, when the first delivery had it.
    /// </summary>
    internal Task<IntakeOutcome> ReceiveAgainAsync(ReadOnlyMemory<byte> graphMessageJson, Actor? sentInBy, DateTimeOffset receivedAt, CancellationToken ct) =>
        ReceiveAsync(graphMessageJson, sentInBy, null, receivedAt, ct);

    private Task<IntakeOutcome> ReceiveAsync(ReadOnlyMemory<byte> graphMessageJson, Actor? sentInBy, Func<IntakeOutcome, Task>? answerEarly, CancellationToken ct) =>
        ReceiveAsync(graphMessageJson, sentInBy, answerEarly, null, ct);

    private async Task<IntakeOutcome> ReceiveAsync(ReadOnlyMemory<byte> graphMessageJson, Actor? sentInBy, Func<IntakeOutcome, Task>? answerEarly, DateTimeOffset? firstReceivedAt, CancellationToken ct)
    {
        try
        {
            return await ReceiveCoreAsync(graphMessageJson, sentInBy, answerEarly, firstReceivedAt, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (ct.IsCancellationRequested && e is OperationCanceledException or AggregateException)
        {
            // Cancelled while the SDK was retrying, it throws the tries' failures together.
            throw;
        }
        catch (RequestFailedException e)
        {
            LogStorageUnavailable(e.Status, e.ErrorCode ?? "none");
            return IntakeOutcome.TryLater;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is RequestFailedException or OperationCanceledException))
        {
            // The SDK gathers what each try threw when every one of them failed without an answer.
            LogStorageUnavailable(0, "NoResponse");
            return IntakeOutcome.TryLater;
        }
        catch (Exception e)
        {
            // Only the type: a message from a parser or the network could quote what was received.
            LogUnexpected(e.GetType().Name);
            return IntakeOutcome.Failed(IntakeFailure.From(e));
        }
    }

    private async Task<IntakeOutcome> ReceiveCoreAsync(ReadOnlyMemory<byte> raw, Actor? sentInBy, Func<IntakeOutcome, Task>? answerEarly, DateTimeOffset? firstReceivedAt, CancellationToken ct)
    {
        if (raw.Length > _options.Limits.MaxJsonBytes)
        {
            var key = IntakeKeys.Message(null, raw.Span);
            var problem = new IntakeProblem("message", $"The message is larger than the {_options.Limits.MaxMessageBytes / (1024 * 1024)} MB we accept, so it was not opened. Please send the referral form on its own.");
            return await QuarantineAsync(key, raw, null, _options.TimeProvider.GetUtcNow(), [problem], ct).ConfigureAwait(false);
        }

        if (!GraphMessageJson.TryParse(raw, out var message, out var unreadable))
        {
            var key = IntakeKeys.Message(null, raw.Span);
            return await QuarantineAsync(key, raw, null, _options.TimeProvider.GetUtcNow(), [new IntakeProblem("message", unreadable!)], ct).ConfigureAwait(false);
        }

        var messageKey = IntakeKeys.Message(message.InternetMessageId, raw.Span);
        var receivedAt = message.ReceivedAt ?? firstReceivedAt ?? _options.TimeProvider.GetUtcNow();
        var reading = ReferralReader.Read(message, UkTime.ToUkDate(receivedAt), _options.Limits);
        return reading.IsValid
            ? await AcceptAsync(messageKey, raw, message, reading, receivedAt, sentInBy, answerEarly, ct).ConfigureAwait(false)
            : await QuarantineAsync(messageKey, raw, message, receivedAt, reading.Problems, ct).ConfigureAwait(false);
    }

    private async Task<IntakeOutcome> AcceptAsync(string messageKey, ReadOnlyMemory<byte> raw, IntakeMessage message, ReferralReading reading, DateTimeOffset receivedAt, Actor? sentInBy, Func<IntakeOutcome, Task>? answerEarly, CancellationToken ct)
    {
        var referral = reading.Referral!;
        var formKey = IntakeKeys.Form(referral, _options.DuplicateKeySecret);
        var year = UkTime.ToUkDate(receivedAt).Year;

        // A message seen before keeps the reference it was given, even after the duplicate window has passed.
        var known = await _ledger.RecordMessageAsync(messageKey, formKey, receivedAt, ct).ConfigureAwait(false);
        Reservation? reservation;
        if (known is not null)
        {
            reservation = await _ledger.ExistingAsync(year, formKey, known, ct).ConfigureAwait(false);
        }
        else
        {
            reservation = await _ledger.ReserveAsync(year, formKey, messageKey, receivedAt, ct).ConfigureAwait(false);
            if (reservation is null)
            {
                LogStillStarting(messageKey);
                return IntakeOutcome.TryLater;
            }
        }

        var reference = reservation.Reference;
        var starting = !reservation.Started && !reservation.HeldByOther;

        // Independent writes, so they go together: the answer waits for the slowest, not for their sum.
        await Task.WhenAll(
            known is null ? _ledger.SetMessageReferenceAsync(messageKey, reference, ct) : Task.CompletedTask,
            _documents.PutAsync(IntakeDocuments.Message(reference, messageKey), raw, IntakeDocuments.JsonContentType, MessageMetadata(receivedAt, sentInBy), ct)).ConfigureAwait(false);

        var result = reservation.Allocated ? IntakeResult.Started : IntakeResult.Duplicate;
        if (starting && !_starting.TryAdd(reference, 0))
        {
            // This process is already starting it (a sweep found it mid-way): leave it to that delivery.
            starting = false;
        }

        if (answerEarly is not null)
        {
            Interlocked.Increment(ref _afterAnswer);
        }

        try
        {
            if (answerEarly is not null)
            {
                await answerEarly(new IntakeOutcome(result, reference, [], null, false)).ConfigureAwait(false);
            }

            if (starting)
            {
                // The form as read is kept after the answer: it can always be read again from the message kept before
                // it, which is what a delivery cut short here is finished from (UnstartedReferrals).
                await _documents.PutAsync(IntakeDocuments.Referral(reference), ReferralJson.SerializeToUtf8Bytes(referral), IntakeDocuments.JsonContentType, Metadata("referral", receivedAt), ct).ConfigureAwait(false);
                if (await StartAsync(Event(reference, referral, receivedAt), sentInBy, ct).ConfigureAwait(false) is not { } started)
                {
                    return IntakeOutcome.TryLater;
                }

                if (started.Rejection is { } rejection)
                {
                    LogNotStarted(reference, rejection.Kind);
                    return new IntakeOutcome(IntakeResult.NotStarted, reference, [], null, false);
                }

                await _ledger.MarkStartedAsync(reference, year, formKey, ct).ConfigureAwait(false);
            }

            var replied = await AcknowledgeAsync(messageKey, message, reading, reference, ct).ConfigureAwait(false);
            if (result == IntakeResult.Started)
            {
                LogStarted(reference, reading.Source);
            }
            else
            {
                LogDuplicate(reference);
            }

            return new IntakeOutcome(result, reference, [], null, replied);
        }
        finally
        {
            if (starting)
            {
                _starting.TryRemove(reference, out _);
            }

            if (answerEarly is not null)
            {
                Interlocked.Decrement(ref _afterAnswer);
            }
        }
    }

    private async Task<IntakeOutcome> QuarantineAsync(string messageKey, ReadOnlyMemory<byte> raw, IntakeMessage? message, DateTimeOffset receivedAt, IReadOnlyList<IntakeProblem> problems, CancellationToken ct)
    {
        await KeepAsync(messageKey, raw, receivedAt, QuarantineReason.NotAccepted, problems, ct).ConfigureAwait(false);
        var fields = string.Join(',', problems.Select(p => p.Field).Distinct(StringComparer.Ordinal));
        LogQuarantined(messageKey, problems.Count, fields);

        var replied = message?.From is { } from && EmailAddresses.IsValid(from.Address)
            && await FirstAnswerAsync(messageKey, () => SendAsync(() => _replies.RejectAsync(new IntakeReplyTo(from.Address, from.Name, message.Id), problems, ct), messageKey), ct).ConfigureAwait(false);
        return new IntakeOutcome(IntakeResult.Invalid, null, problems, messageKey, replied);
    }

    private async Task KeepAsync(string messageKey, ReadOnlyMemory<byte> raw, DateTimeOffset receivedAt, QuarantineReason reason, IReadOnlyList<IntakeProblem> problems, CancellationToken ct)
    {
        var path = IntakeDocuments.Quarantined(messageKey);
        await _documents.PutAsync(path, raw, IntakeDocuments.JsonContentType, Metadata("quarantine", receivedAt), ct).ConfigureAwait(false);
        await _ledger.RecordQuarantineAsync(messageKey, receivedAt, reason, problems, path.ToString(), ct).ConfigureAwait(false);
    }

    /// <summary>Answers about a quarantined message the first time only; false when it was answered before or the answer failed.</summary>
    private async Task<bool> FirstAnswerAsync(string messageKey, Func<Task<bool>> answer, CancellationToken ct)
    {
        if (!await _ledger.ClaimReplyAsync(IntakeLedger.QuarantineRows, messageKey, ct).ConfigureAwait(false))
        {
            return false;
        }

        if (!await answer().ConfigureAwait(false))
        {
            await _ledger.ReleaseReplyAsync(IntakeLedger.QuarantineRows, messageKey, ct).ConfigureAwait(false);
            return false;
        }

        await _ledger.MarkRepliedAsync(IntakeLedger.QuarantineRows, messageKey, ct).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> AlertAsync(string messageKey, IntakeFailure failure, CancellationToken ct)
    {
        if (_options.BusinessManagerEmail is not { } manager)
        {
            LogNobodyToAlert(messageKey);
            return true;
        }

        return await SendAsync(() => _replies.AlertAsync(new IntakeReplyTo(manager, null, null), messageKey, failure.ExceptionType, ct), messageKey).ConfigureAwait(false);
    }

    /// <summary>Null when the review service did not answer: the reference stays held, and a later delivery finishes the start.</summary>
    private async Task<ReviewStartResult?> StartAsync(ReferralReceived referral, Actor? sentInBy, CancellationToken ct)
    {
        try
        {
            return await _starter.StartAsync(referral, sentInBy, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogStartFailed(referral.Reference, e.GetType().Name);
            return null;
        }
    }

    /// <summary>The sender hears once per message; the referrer too, when the form names someone other than the sender.</summary>
    private async Task<bool> AcknowledgeAsync(string messageKey, IntakeMessage message, ReferralReading reading, string reference, CancellationToken ct)
    {
        if (!await _ledger.ClaimReplyAsync(IntakeLedger.MessageRows, messageKey, ct).ConfigureAwait(false))
        {
            // Answered already, or being answered by another delivery of the same message.
            return true;
        }

        var recipients = new List<IntakeReplyTo>();
        if (message.From is { } from && EmailAddresses.IsValid(from.Address))
        {
            recipients.Add(new IntakeReplyTo(from.Address, from.Name, message.Id));
        }

        if (reading.Referral!.Referrer.Email is { } referrer && !recipients.Exists(r => string.Equals(r.Address, referrer, StringComparison.OrdinalIgnoreCase)))
        {
            recipients.Add(new IntakeReplyTo(referrer, reading.Referral.Referrer.Name, null));
        }

        var all = true;
        foreach (var to in recipients)
        {
            all &= await SendAsync(() => _replies.AcknowledgeAsync(to, reference, ct), messageKey).ConfigureAwait(false);
        }

        if (all)
        {
            await _ledger.MarkRepliedAsync(IntakeLedger.MessageRows, messageKey, ct).ConfigureAwait(false);
        }
        else
        {
            await _ledger.ReleaseReplyAsync(IntakeLedger.MessageRows, messageKey, ct).ConfigureAwait(false);
        }

        return all;
    }

    private async Task<bool> SendAsync(Func<Task> send, string messageKey)
    {
        try
        {
            await send().ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReplyFailed(messageKey, e.GetType().Name);
            return false;
        }
    }

    private ReferralReceived Event(string reference, Referral referral, DateTimeOffset receivedAt)
    {
        var agencies = new[] { referral.Referrer.Agency }.Concat(referral.Agencies.Select(a => a.Agency))
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        // The referrer is named in the stored referral; the event, kept for ever and shown widely, says only "intake".
        return new ReferralReceived(receivedAt, reference, _options.Kind, _options.Nation, referral.Child.IncidentDate, UkTime.ToUkDate(receivedAt), agencies, "intake");
    }

    private static Dictionary<string, string> Metadata(string kind, DateTimeOffset receivedAt) =>
        new() { ["intake"] = kind, [DocumentDates.ReceivedAt] = DocumentDates.Format(receivedAt) };

    private static Dictionary<string, string> MessageMetadata(DateTimeOffset receivedAt, Actor? sentInBy)
    {
        var metadata = Metadata("message", receivedAt);
        if (sentInBy is not null)
        {
            metadata[SentInBy.MetadataKey] = SentInBy.Encode(sentInBy);
        }

        return metadata;
    }

    /// <summary>A caller who has gone away does not stop the referral: it is kept and numbered, and goes on.</summary>
    private async Task AnswerAsync(Func<IntakeOutcome, Task> answer, IntakeOutcome outcome)
    {
        try
        {
            await answer(outcome).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogAnswerFailed(outcome.Result, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {Reference} accepted from the {Source}; its review has started")]
    private partial void LogStarted(string reference, ReferralSource source);

    [LoggerMessage(Level = LogLevel.Information, Message = "A repeat of referral {Reference} was received; no new review")]
    private partial void LogDuplicate(string reference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {QuarantineId} quarantined with {Count} problem(s) in {Fields}")]
    private partial void LogQuarantined(string quarantineId, int count, string fields);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageKey} is a repeat of a referral still being started elsewhere; deliver it again later")]
    private partial void LogStillStarting(string messageKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "Referral {Reference} has its reference but its review was not started ({Rejection}); it needs a person")]
    private partial void LogNotStarted(string reference, RejectionKind rejection);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Intake could not use storage (HTTP {Status}, {ErrorCode}); the message will be received again")]
    private partial void LogStorageUnavailable(int status, string errorCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Intake failed unexpectedly on a message ({ExceptionType})")]
    private partial void LogUnexpected(string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {QuarantineId} quarantined because intake failed on it ({ExceptionType}); it needs a person")]
    private partial void LogQuarantinedFailure(string quarantineId, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No business manager address is set, so nobody was alerted about message {QuarantineId}")]
    private partial void LogNobodyToAlert(string quarantineId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The review service did not start referral {Reference} ({ExceptionType}); a later delivery or the intake sweep finishes it")]
    private partial void LogStartFailed(string reference, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The HTTP answer ({Result}) could not be given ({ExceptionType}); intake went on")]
    private partial void LogAnswerFailed(IntakeResult result, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reply about message {MessageKey} could not be sent ({ExceptionType})")]
    private partial void LogReplyFailed(string messageKey, string exceptionType);
}
