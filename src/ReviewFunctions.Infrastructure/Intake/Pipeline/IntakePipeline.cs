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
/// throws past <see cref="ReceiveAsync(ReadOnlyMemory{byte}, CancellationToken)"/>; logs carry references, quarantine ids and counts only.
/// </summary>
public sealed partial class IntakePipeline
{
    private readonly IntakeLedger _ledger;
    private readonly IReviewDocumentStore _documents;
    private readonly IReviewStarter _starter;
    private readonly IIntakeReplies _replies;
    private readonly IntakeOptions _options;
    private readonly ILogger _log;

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
        ReceiveAsync(graphMessageJson, null, ct);

    /// <summary>A message posted by a signed-in caller, who is recorded as having sent the referral in.</summary>
    public Task<IntakeOutcome> ReceiveAsync(string graphMessageJson, Actor? sentInBy, CancellationToken ct) =>
        ReceiveAsync(System.Text.Encoding.UTF8.GetBytes(graphMessageJson ?? string.Empty), sentInBy, ct);

    public Task<IntakeOutcome> ReceiveAsync(ReadOnlyMemory<byte> graphMessageJson, CancellationToken ct) =>
        ReceiveAsync(graphMessageJson, null, ct);

    private async Task<IntakeOutcome> ReceiveAsync(ReadOnlyMemory<byte> graphMessageJson, Actor? sentInBy, CancellationToken ct)
    {
        try
        {
            return await ReceiveCoreAsync(graphMessageJson, sentInBy, ct).ConfigureAwait(false);
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
            return IntakeOutcome.TryLater;
        }
    }

    private async Task<IntakeOutcome> ReceiveCoreAsync(ReadOnlyMemory<byte> raw, Actor? sentInBy, CancellationToken ct)
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
        var receivedAt = message.ReceivedAt ?? _options.TimeProvider.GetUtcNow();
        var reading = ReferralReader.Read(message, UkTime.ToUkDate(receivedAt), _options.Limits);
        return reading.IsValid
            ? await AcceptAsync(messageKey, raw, message, reading, receivedAt, sentInBy, ct).ConfigureAwait(false)
            : await QuarantineAsync(messageKey, raw, message, receivedAt, reading.Problems, ct).ConfigureAwait(false);
    }

    private async Task<IntakeOutcome> AcceptAsync(string messageKey, ReadOnlyMemory<byte> raw, IntakeMessage message, ReferralReading reading, DateTimeOffset receivedAt, Actor? sentInBy, CancellationToken ct)
    {
        var referral = reading.Referral!;
        var formKey = IntakeKeys.Form(referral, _options.DuplicateKeySecret);
        var year = UkTime.ToUkDate(receivedAt).Year;

        // A message seen before keeps the reference it was given, even after the duplicate window has passed.
        var known = await _ledger.MessageReferenceAsync(messageKey, ct).ConfigureAwait(false);
        Reservation? reservation;
        if (known is not null)
        {
            reservation = await _ledger.ExistingAsync(year, formKey, known, ct).ConfigureAwait(false);
        }
        else
        {
            await _ledger.RecordMessageAsync(messageKey, formKey, receivedAt, ct).ConfigureAwait(false);
            reservation = await _ledger.ReserveAsync(year, formKey, receivedAt, ct).ConfigureAwait(false);
            if (reservation is null)
            {
                LogStillStarting(messageKey);
                return IntakeOutcome.TryLater;
            }

            await _ledger.SetMessageReferenceAsync(messageKey, reservation.Reference, ct).ConfigureAwait(false);
        }

        var reference = reservation.Reference;
        await _documents.PutAsync(IntakeDocuments.Message(reference, messageKey), raw, IntakeDocuments.JsonContentType, Metadata("message", receivedAt), ct).ConfigureAwait(false);

        if (!reservation.Started && !reservation.HeldByOther)
        {
            await _documents.PutAsync(IntakeDocuments.Referral(reference), ReferralJson.SerializeToUtf8Bytes(referral), IntakeDocuments.JsonContentType, Metadata("referral", receivedAt), ct).ConfigureAwait(false);
            var started = await _starter.StartAsync(Event(reference, referral, receivedAt), sentInBy, ct).ConfigureAwait(false);
            if (started.Rejection is { } rejection)
            {
                LogNotStarted(reference, rejection.Kind);
                return new IntakeOutcome(IntakeResult.NotStarted, reference, [], null, false);
            }

            await _ledger.MarkStartedAsync(reference, year, formKey, ct).ConfigureAwait(false);
        }

        var result = reservation.Allocated ? IntakeResult.Started : IntakeResult.Duplicate;
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

    private async Task<IntakeOutcome> QuarantineAsync(string messageKey, ReadOnlyMemory<byte> raw, IntakeMessage? message, DateTimeOffset receivedAt, IReadOnlyList<IntakeProblem> problems, CancellationToken ct)
    {
        var path = IntakeDocuments.Quarantined(messageKey);
        await _documents.PutAsync(path, raw, IntakeDocuments.JsonContentType, Metadata("quarantine", receivedAt), ct).ConfigureAwait(false);
        await _ledger.RecordQuarantineAsync(messageKey, receivedAt, problems, path.ToString(), ct).ConfigureAwait(false);
        var fields = string.Join(',', problems.Select(p => p.Field).Distinct(StringComparer.Ordinal));
        LogQuarantined(messageKey, problems.Count, fields);

        var replied = false;
        if (message?.From is { } from && EmailAddresses.IsValid(from.Address)
            && await _ledger.FirstReplyAsync(IntakeLedger.QuarantineRows, messageKey, ct).ConfigureAwait(false))
        {
            replied = await SendAsync(() => _replies.RejectAsync(new IntakeReplyTo(from.Address, from.Name, message.Id), problems, ct), messageKey).ConfigureAwait(false);
            if (replied)
            {
                await _ledger.MarkRepliedAsync(IntakeLedger.QuarantineRows, messageKey, ct).ConfigureAwait(false);
            }
        }

        return new IntakeOutcome(IntakeResult.Invalid, null, problems, messageKey, replied);
    }

    /// <summary>The sender hears once per message; the referrer too, when the form names someone other than the sender.</summary>
    private async Task<bool> AcknowledgeAsync(string messageKey, IntakeMessage message, ReferralReading reading, string reference, CancellationToken ct)
    {
        if (!await _ledger.FirstReplyAsync(IntakeLedger.MessageRows, messageKey, ct).ConfigureAwait(false))
        {
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Intake failed unexpectedly ({ExceptionType}); the message will be received again")]
    private partial void LogUnexpected(string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reply about message {MessageKey} could not be sent ({ExceptionType})")]
    private partial void LogReplyFailed(string messageKey, string exceptionType);
}
