using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Finishes referrals that were numbered, kept and answered, but whose delivery stopped before their review started
/// (the host was stopped or storage failed just after the HTTP answer): each one's kept message is delivered again,
/// which starts the review once and acknowledges the sender once. Run by a sweep; a referral still within its claim
/// lease is being worked on and is left alone.
/// </summary>
public sealed partial class UnstartedReferrals
{
    private readonly IntakeLedger _ledger;
    private readonly IReviewDocumentStore _documents;
    private readonly IntakePipeline _pipeline;
    private readonly TimeProvider _time;
    private readonly ILogger _log;

    internal UnstartedReferrals(IntakeLedger ledger, IReviewDocumentStore documents, IntakePipeline pipeline, TimeProvider time, ILogger log)
    {
        _ledger = ledger;
        _documents = documents;
        _pipeline = pipeline;
        _time = time;
        _log = log;
    }

    /// <summary>Delivers each one again; returns how many were started. Storage that cannot be reached throws.</summary>
    public async Task<int> FinishAsync(CancellationToken ct)
    {
        // A referral of last year is swept too: the year turns while one waits.
        var year = UkTime.ToUkDate(_time.GetUtcNow()).Year;
        var started = 0;
        foreach (var unstarted in (await _ledger.UnstartedAsync(year - 1, ct).ConfigureAwait(false)).Concat(await _ledger.UnstartedAsync(year, ct).ConfigureAwait(false)))
        {
            if (_pipeline.IsStarting(unstarted.Reference))
            {
                continue;
            }

            var kept = await _documents.GetAsync(IntakeDocuments.Message(unstarted.Reference, unstarted.MessageKey), ct).ConfigureAwait(false);
            if (kept is null)
            {
                // Never answered: the message is kept before any answer, so its sender still has it to send again.
                LogNotKept(unstarted.Reference);
                continue;
            }

            var outcome = await _pipeline.ReceiveAgainAsync(kept.Content, SentInBy.Decode(kept.Metadata), unstarted.ReceivedAt, ct).ConfigureAwait(false);
            LogFinished(unstarted.Reference, outcome.Result);
            if (outcome.Result is IntakeResult.Started or IntakeResult.Duplicate)
            {
                started++;
            }
        }

        return started;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Referral {Reference} was delivered again to start its review: {Result}")]
    private partial void LogFinished(string reference, IntakeResult result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Referral {Reference} holds its number but its message was never kept, so it was never answered; it waits for the sender to send it again")]
    private partial void LogNotKept(string reference);
}
