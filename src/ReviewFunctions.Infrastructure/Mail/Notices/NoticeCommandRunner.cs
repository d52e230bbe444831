using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// Runs the decider's notice and reminder commands through the <see cref="NoticeDispatcher"/>, with the review as it
/// stands and the people its referral names (so the anonymisation gate knows whom to look for).
/// </summary>
public sealed partial class NoticeCommandRunner(
    NoticeDispatcher dispatcher,
    ReviewService reviews,
    IReviewParticularsStore particulars,
    TimeProvider time,
    ILogger<NoticeCommandRunner> logger,
    CaseFileCopies? copies = null) : IReviewCommandRunner
{
    /// <summary>A review started without a stored referral names nobody, so there is nobody to hide.</summary>
    private static readonly ReviewParticulars NobodyNamed = new(new ChildDetails(string.Empty, null, null), [], [], new Domain.Notices.Referrer(string.Empty, string.Empty, string.Empty), []);

    public bool Runs(ReviewCommand command) => command is SendNotice or RemindOwner or EscalateToManager;

    public async Task<CommandOutcome> RunAsync(ReviewCommand command, CancellationToken cancellationToken)
    {
        var review = await reviews.LoadStateAsync(command.Reference, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Review {command.Reference} has no events.");
        var now = time.GetUtcNow();
        var named = await particulars.GetAsync(command.Reference, cancellationToken).ConfigureAwait(false) ?? NobodyNamed;
        var outcome = command switch
        {
            SendNotice notice => await dispatcher.RunAsync(
                notice,
                review.State,
                named,
                now,
                review.State.NoticesConfirmed.GetValueOrDefault(ReviewState.NoticeKey(notice.Notice, notice.Step, notice.Occurrence))?.By,
                cancellationToken).ConfigureAwait(false),
            RemindOwner reminder => await dispatcher.RunAsync(reminder, review.State, now, named, cancellationToken).ConfigureAwait(false),
            EscalateToManager escalation => await dispatcher.RunAsync(escalation, review.State, now, named, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentException($"Not a notice command: {ReviewJson.CommandName(command)}.", nameof(command)),
        };
        await FileSentLettersAsync(command, outcome, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>
    /// Copies the letters just sent into the case file. The notice went, so a failure here must not undo that: it is
    /// logged, and the copy in the review's evidence stays the record.
    /// </summary>
    private async Task FileSentLettersAsync(ReviewCommand command, CommandOutcome outcome, CancellationToken cancellationToken)
    {
        if (copies is null)
        {
            return;
        }

        foreach (var sent in outcome.Events.OfType<NoticeSent>())
        {
            try
            {
                await copies.FileLettersAsync(command.Reference, sent.Notice, sent.Step, sent.Occurrence, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogNotFiled(command.Reference, sent.Notice, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review {Reference}: the {Notice} letters were sent but not copied into the case file ({Error}).")]
    private partial void LogNotFiled(string reference, string notice, string error);
}
