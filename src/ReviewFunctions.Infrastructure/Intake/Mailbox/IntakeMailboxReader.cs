using System.Text;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.MailFolders.Item.Messages.Delta;
using Microsoft.Graph.Users.Item.Messages.Item.Move;
using Microsoft.Kiota.Abstractions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Reads new mail from the Board's intake mailbox through Microsoft Graph and passes each message to the intake
/// pipeline: pages the inbox with a delta query (following <c>@odata.nextLink</c> to the <c>@odata.deltaLink</c>,
/// which is kept in the intake register), fetches attachments, and then moves each message to Processed or Needs
/// attention (creating the folders if missing). A message that cannot be settled now is left in the inbox and the
/// delta link is not moved on, so the next poll reads it again. Throttling (429/503 with Retry-After) is handled by
/// the Graph client's retry handler (<see cref="IntakeGraphClient"/>).
/// <para>
/// A message intake fails on with an unexpected error is counted (<see cref="MailboxAttempts"/>) and left for the next
/// poll; at the <see cref="IntakeMailboxOptions.PoisonAfter"/>th failure it is quarantined with the error, its sender
/// gets a holding reply and the business manager an alert, and it goes to Needs attention, so one message can never
/// hold up the inbox behind it for ever.
/// </para>
/// </summary>
public sealed partial class IntakeMailboxReader(GraphServiceClient graph, IntakeMailboxOptions options, IntakePipeline pipeline, IMailboxDeltaLinks deltaLinks, MailboxAttempts attempts, ILogger<IntakeMailboxReader> log)
{
    private static readonly string[] Fields = ["id", "internetMessageId", "subject", "from", "receivedDateTime", "body", "hasAttachments"];

    private readonly Dictionary<string, string> _folders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads everything new since the last poll. Called by the timer function and by tests.</summary>
    public async Task<MailboxPoll> PollAsync(CancellationToken ct)
    {
        var link = await deltaLinks.GetAsync(options.Mailbox, ct).ConfigureAwait(false);
        var delta = Inbox.Delta;
        var page = link is null
            ? await delta.GetAsDeltaGetResponseAsync(First, ct).ConfigureAwait(false)
            : await delta.WithUrl(link).GetAsDeltaGetResponseAsync(Next, ct).ConfigureAwait(false);

        var tally = new Tally();
        while (page is not null)
        {
            foreach (var message in page.Value ?? [])
            {
                // Moved or deleted since the last poll (including by this reader): nothing to do.
                if (message.Id is null || message.AdditionalData.ContainsKey("@removed"))
                {
                    continue;
                }

                tally.Count(await HandleAsync(message, ct).ConfigureAwait(false));
            }

            if (page.OdataNextLink is { } next)
            {
                page = await delta.WithUrl(next).GetAsDeltaGetResponseAsync(Next, ct).ConfigureAwait(false);
                continue;
            }

            var saved = false;
            if (tally.Deferred == 0 && page.OdataDeltaLink is { } deltaLink)
            {
                await deltaLinks.SaveAsync(options.Mailbox, deltaLink, ct).ConfigureAwait(false);
                saved = true;
            }

            var poll = tally.Result(saved);
            LogPolled(poll.Received, poll.Started, poll.Duplicates, poll.Invalid, poll.Failed, poll.Deferred);
            return poll;
        }

        return tally.Result(false);
    }

    private Microsoft.Graph.Users.Item.MailFolders.Item.Messages.MessagesRequestBuilder Inbox => graph.Users[options.Mailbox].MailFolders["inbox"].Messages;

    private async Task<Handled> HandleAsync(Message message, CancellationToken ct)
    {
        try
        {
            var (raw, outcome) = await ReadAsync(message, ct).ConfigureAwait(false);
            if (outcome is { Result: IntakeResult.Failed, Failure: { } failure })
            {
                return await FailedAsync(message, raw, failure, ct).ConfigureAwait(false);
            }

            var folder = outcome.Result switch
            {
                IntakeResult.Started or IntakeResult.Duplicate when outcome.Replied => options.ProcessedFolder,
                IntakeResult.TryLater => null,
                _ => options.NeedsAttentionFolder,
            };
            if (folder is null)
            {
                return new Handled(outcome.Result, Moved: false);
            }

            await MoveAsync(message.Id!, folder, ct).ConfigureAwait(false);
            return new Handled(outcome.Result, Moved: true, folder == options.NeedsAttentionFolder);
        }
        catch (ApiException e)
        {
            // Graph refused something for this message after its retries; leave it in the inbox for the next poll.
            LogGraphRefused(e.ResponseStatusCode);
            return new Handled(IntakeResult.TryLater, Moved: false);
        }
        catch (RequestFailedException e)
        {
            // Counting or quarantining a failure needs storage; without it the message waits for the next poll.
            LogStorageUnavailable(e.Status);
            return new Handled(IntakeResult.TryLater, Moved: false);
        }
    }

    /// <summary>The message as the pipeline is given it (null if building it failed) and what the pipeline made of it.</summary>
    private async Task<(byte[]? Raw, IntakeOutcome Outcome)> ReadAsync(Message message, CancellationToken ct)
    {
        byte[]? raw = null;
        try
        {
            var attachments = message.HasAttachments == true ? await AttachmentsAsync(message.Id!, ct).ConfigureAwait(false) : [];
            raw = GraphMessageWriter.ToJson(message, attachments);
            return (raw, await pipeline.ReceiveAsync(raw, ct).ConfigureAwait(false));
        }
        catch (Exception e) when (e is not ApiException && !(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            return (raw, IntakeOutcome.Failed(IntakeFailure.From(e)));
        }
    }

    private async Task<Handled> FailedAsync(Message message, byte[]? raw, IntakeFailure failure, CancellationToken ct)
    {
        // The Internet message id's hash, as the quarantine will use; the mailbox's own id where a message has none.
        var key = IntakeKeys.Message(message.InternetMessageId, Encoding.UTF8.GetBytes(message.Id!));
        var failures = await attempts.CountFailureAsync(options.Mailbox, key, failure.ExceptionType, ct).ConfigureAwait(false);
        if (failures < options.PoisonAfter)
        {
            LogFailed(key, failure.ExceptionType, failures, options.PoisonAfter);
            return new Handled(IntakeResult.Failed, Moved: false);
        }

        // When reading the attachments is what failed, the message is kept without them.
        raw ??= GraphMessageWriter.ToJson(message, []);
        var sender = message.From?.EmailAddress is { Address: { } address } from ? new IntakeReplyTo(address, from.Name, message.Id) : null;
        var outcome = await pipeline.QuarantineFailedAsync(raw, failure, message.InternetMessageId, sender, ct).ConfigureAwait(false);
        LogPoisoned(key, failures, failure.ExceptionType, outcome.QuarantineId!);
        await MoveAsync(message.Id!, options.NeedsAttentionFolder, ct).ConfigureAwait(false);
        return new Handled(IntakeResult.Failed, Moved: true, NeedsAttention: true);
    }

    private async Task MoveAsync(string messageId, string folder, CancellationToken ct)
    {
        var destination = await FolderAsync(folder, ct).ConfigureAwait(false);
        await graph.Users[options.Mailbox].Messages[messageId].Move.PostAsync(new MovePostRequestBody { DestinationId = destination }, cancellationToken: ct).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Attachment>> AttachmentsAsync(string messageId, CancellationToken ct)
    {
        var messages = graph.Users[options.Mailbox].Messages[messageId];
        var list = await messages.Attachments.GetAsync(cancellationToken: ct).ConfigureAwait(false);
        var attachments = new List<Attachment>();
        foreach (var attachment in list?.Value ?? [])
        {
            // An attached e-mail comes without its content unless asked for it by name.
            attachments.Add(attachment is ItemAttachment { Id: { } id }
                ? await messages.Attachments[id].GetAsync(c => c.QueryParameters.Expand = ["microsoft.graph.itemattachment/item"], ct).ConfigureAwait(false) ?? attachment
                : attachment);
        }

        return attachments;
    }

    private async Task<string> FolderAsync(string name, CancellationToken ct)
    {
        if (_folders.TryGetValue(name, out var known))
        {
            return known;
        }

        var folders = graph.Users[options.Mailbox].MailFolders;
        var filter = $"displayName eq '{name.Replace("'", "''", StringComparison.Ordinal)}'";
        var found = await folders.GetAsync(c => c.QueryParameters.Filter = filter, ct).ConfigureAwait(false);
        var id = found?.Value?.FirstOrDefault()?.Id;
        if (id is null)
        {
            try
            {
                id = (await folders.PostAsync(new MailFolder { DisplayName = name }, cancellationToken: ct).ConfigureAwait(false))?.Id;
            }
            catch (ApiException e) when (e.ResponseStatusCode == 409)
            {
                // Another poll created it a moment ago.
                id = (await folders.GetAsync(c => c.QueryParameters.Filter = filter, ct).ConfigureAwait(false))?.Value?.FirstOrDefault()?.Id;
            }
        }

        return _folders[name] = id ?? throw new InvalidOperationException("The mailbox did not return an id for the folder it was asked to create.");
    }

    private void First(RequestConfiguration<DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters> config)
    {
        config.QueryParameters.Select = Fields;
        Next(config);
    }

    private void Next(RequestConfiguration<DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters> config) =>
        config.Headers.Add("Prefer", $"odata.maxpagesize={options.PageSize}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake mailbox poll: {Received} received, {Started} started, {Duplicates} repeats, {Invalid} not accepted, {Failed} failed on, {Deferred} left for the next poll")]
    private partial void LogPolled(int received, int started, int duplicates, int invalid, int failed, int deferred);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Intake failed on message {MessageKey} ({ExceptionType}), failure {Failures} of {PoisonAfter}; it stays in the inbox for the next poll")]
    private partial void LogFailed(string messageKey, string exceptionType, int failures, int poisonAfter);

    [LoggerMessage(Level = LogLevel.Error, Message = "Intake failed on message {MessageKey} {Failures} times ({ExceptionType}); quarantined as {QuarantineId} and moved to Needs attention")]
    private partial void LogPoisoned(string messageKey, int failures, string exceptionType, string quarantineId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Intake storage could not be reached (HTTP {Status}) while handling a failed message; it stays in the inbox for the next poll")]
    private partial void LogStorageUnavailable(int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph refused a request about an intake message (HTTP {Status}); it stays in the inbox for the next poll")]
    private partial void LogGraphRefused(int status);

    private sealed record Handled(IntakeResult Result, bool Moved, bool NeedsAttention = false);

    private sealed class Tally
    {
        private int _received, _started, _duplicates, _invalid, _failed, _attention;

        public int Deferred { get; private set; }

        public void Count(Handled handled)
        {
            _received++;
            switch (handled.Result)
            {
                case IntakeResult.Started: _started++; break;
                case IntakeResult.Duplicate: _duplicates++; break;
                case IntakeResult.Invalid: _invalid++; break;
                case IntakeResult.Failed: _failed++; break;
            }

            _attention += handled.NeedsAttention ? 1 : 0;
            Deferred += handled.Moved ? 0 : 1;
        }

        public MailboxPoll Result(bool saved) => new(_received, _started, _duplicates, _invalid, _attention, Deferred, saved, _failed);
    }
}
