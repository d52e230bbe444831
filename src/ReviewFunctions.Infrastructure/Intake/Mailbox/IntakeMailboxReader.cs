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
/// </summary>
public sealed partial class IntakeMailboxReader(GraphServiceClient graph, IntakeMailboxOptions options, IntakePipeline pipeline, IMailboxDeltaLinks deltaLinks, ILogger<IntakeMailboxReader> log)
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
            LogPolled(poll.Received, poll.Started, poll.Duplicates, poll.Invalid, poll.Deferred);
            return poll;
        }

        return tally.Result(false);
    }

    private Microsoft.Graph.Users.Item.MailFolders.Item.Messages.MessagesRequestBuilder Inbox => graph.Users[options.Mailbox].MailFolders["inbox"].Messages;

    private async Task<Handled> HandleAsync(Message message, CancellationToken ct)
    {
        try
        {
            var attachments = message.HasAttachments == true ? await AttachmentsAsync(message.Id!, ct).ConfigureAwait(false) : [];
            var outcome = await pipeline.ReceiveAsync(GraphMessageWriter.ToJson(message, attachments), ct).ConfigureAwait(false);
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

            var destination = await FolderAsync(folder, ct).ConfigureAwait(false);
            await graph.Users[options.Mailbox].Messages[message.Id].Move.PostAsync(new MovePostRequestBody { DestinationId = destination }, cancellationToken: ct).ConfigureAwait(false);
            return new Handled(outcome.Result, Moved: true, folder == options.NeedsAttentionFolder);
        }
        catch (ApiException e)
        {
            // Graph refused something for this message after its retries; leave it in the inbox for the next poll.
            LogGraphRefused(e.ResponseStatusCode);
            return new Handled(IntakeResult.TryLater, Moved: false);
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake mailbox poll: {Received} received, {Started} started, {Duplicates} repeats, {Invalid} not accepted, {Deferred} left for the next poll")]
    private partial void LogPolled(int received, int started, int duplicates, int invalid, int deferred);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph refused a request about an intake message (HTTP {Status}); it stays in the inbox for the next poll")]
    private partial void LogGraphRefused(int status);

    private sealed record Handled(IntakeResult Result, bool Moved, bool NeedsAttention = false);

    private sealed class Tally
    {
        private int _received, _started, _duplicates, _invalid, _attention;

        public int Deferred { get; private set; }

        public void Count(Handled handled)
        {
            _received++;
            switch (handled.Result)
            {
                case IntakeResult.Started: _started++; break;
                case IntakeResult.Duplicate: _duplicates++; break;
                case IntakeResult.Invalid: _invalid++; break;
            }

            _attention += handled.NeedsAttention ? 1 : 0;
            Deferred += handled.Moved ? 0 : 1;
        }

        public MailboxPoll Result(bool saved) => new(_received, _started, _duplicates, _invalid, _attention, Deferred, saved);
    }
}
