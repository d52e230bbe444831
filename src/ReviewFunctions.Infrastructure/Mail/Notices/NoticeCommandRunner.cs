using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// Runs the decider's notice and reminder commands through the <see cref="NoticeDispatcher"/>, with the review as it
/// stands and the people its referral names (so the anonymisation gate knows whom to look for).
/// </summary>
public sealed class NoticeCommandRunner(NoticeDispatcher dispatcher, ReviewService reviews, IReviewParticularsStore particulars, TimeProvider time) : IReviewCommandRunner
{
    /// <summary>A review started without a stored referral names nobody, so there is nobody to hide.</summary>
    private static readonly ReviewParticulars NobodyNamed = new(new ChildDetails(string.Empty, null, null), [], [], new Domain.Notices.Referrer(string.Empty, string.Empty, string.Empty), []);

    public bool Runs(ReviewCommand command) => command is SendNotice or RemindOwner or EscalateToManager;

    public async Task<CommandOutcome> RunAsync(ReviewCommand command, CancellationToken cancellationToken)
    {
        var review = await reviews.LoadAsync(command.Reference, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Review {command.Reference} has no events.");
        var now = time.GetUtcNow();
        return command switch
        {
            SendNotice notice => await dispatcher.RunAsync(
                notice,
                review.State,
                await particulars.GetAsync(command.Reference, cancellationToken).ConfigureAwait(false) ?? NobodyNamed,
                now,
                review.State.NoticesConfirmed.GetValueOrDefault(ReviewState.NoticeKey(notice.Notice, notice.Step, notice.Occurrence))?.By,
                cancellationToken).ConfigureAwait(false),
            RemindOwner reminder => await dispatcher.RunAsync(reminder, review.State, now, cancellationToken).ConfigureAwait(false),
            EscalateToManager escalation => await dispatcher.RunAsync(escalation, review.State, now, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentException($"Not a notice command: {ReviewJson.CommandName(command)}.", nameof(command)),
        };
    }
}
