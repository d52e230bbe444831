using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// A person confirms a notice the procedure (or the Board) holds for confirmation: the review records it as issued
/// and the host sends it. Only an open step's own notice can be confirmed, and only until it has been sent.
/// </summary>
public static class NoticeConfirmation
{
    /// <returns>The event to record (null when the decider had already issued it) and the command to run, or why not.</returns>
    public static (NoticeIssued? Issued, SendNotice? Command, Rejection? Rejection) Confirm(ReviewEngine engine, ReviewState state, string step, string notice, DateTimeOffset now)
    {
        var open = engine.Schedule(state).FirstOrDefault(s => s.Id == step && s.Status == StepStatus.Open);
        if (open is null)
        {
            return (null, null, new Rejection(RejectionKind.Conflict, $"'{step}' is not open, so its notices cannot be sent now."));
        }

        var definition = open.Definition.Notices.FirstOrDefault(n => n.Id == notice);
        if (definition is null)
        {
            return (null, null, new Rejection(RejectionKind.Invalid, $"'{step}' sends no notice '{notice}'."));
        }

        var key = ReviewState.NoticeKey(notice, step, open.Occurrence);
        if (state.NoticesSent.TryGetValue(key, out var sent))
        {
            return (null, null, new Rejection(RejectionKind.Conflict, $"'{notice}' was already sent on {sent.At:yyyy-MM-dd}."));
        }

        var command = new SendNotice(state.Reference, notice, step, open.Occurrence, definition.To);
        return state.NoticesIssued.ContainsKey(key)
            ? (null, command, null)
            : (new NoticeIssued(now, notice, step, open.Occurrence, definition.To), command, null);
    }

    /// <summary>Whether a notice waits for a person: the procedure says so, or the Board has asked for it.</summary>
    public static bool NeedsConfirmation(NoticeDefinition notice, NoticeSettings settings) =>
        notice.Send == NoticeSending.Confirm || settings.ConfirmBeforeSending.Contains(notice.Id);
}
