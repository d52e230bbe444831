using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Bench.National;

/// <summary>How a person does one open step, by what completes it (the procedure's <see cref="StepCompletion"/>).</summary>
internal sealed class BoardSteps(BoardTiming timing)
{
    /// <summary>How often the records stay locked at the end (criminal proceedings, disciplinary action, an inquiry).</summary>
    private const double RecordsKeptShare = 0.2;

    /// <param name="again">Books a second sitting shortly, for a step whose letters must go before it is recorded done.</param>
    /// <param name="agreePlan">Agrees the action plan and books its actions.</param>
    public IReadOnlyList<ReviewEvent> Do(
        SimulatedReview review,
        ScheduledStep step,
        DateTimeOffset now,
        Action again,
        Func<SimulatedReview, DateTimeOffset, IReadOnlyList<ReviewEvent>> agreePlan)
    {
        var by = $"{step.Definition.Owner}@board.example";
        var state = review.State;
        switch (step.Definition.Completion)
        {
            case StepCompletion.Manual:
                var letters = Confirmations(state, step, now, by);
                if (letters.Count > 0)
                {
                    // A step recorded done stops issuing its letters, so they are confirmed first and the step recorded later.
                    again();
                    return letters;
                }

                return [new StepCompleted(now, step.Id, by, "done")];
            case StepCompletion.NoticesSent:
                return Confirmations(state, step, now, by);
            case StepCompletion.Decision:
                var noReview = timing.Chance(review.Share.NoReview);
                var decision = new DecisionRecorded(now, noReview ? DecisionOutcome.NoReview : DecisionOutcome.Review, state.Kind, noReview ? "criteria not met" : "criteria met", by);
                return noReview ? [decision] : [decision, .. BoardPeople.JoinForTheReview(review, now)];
            case StepCompletion.AgenciesResponded:
                return [.. state.Agencies.Where(a => !state.AgencyResponses.ContainsKey(a)).Select(a => new AgencyResponded(now, a, timing.Chance(0.7), true, by))];
            case StepCompletion.ActionPlanAgreed:
                return agreePlan(review, now);
            case StepCompletion.Published:
                return [new PublicationRecorded(now, Domain.Deadlines.UkTime.ToUkDate(now), "https://board.example/reviews/report.pdf", by)];
            case StepCompletion.RecordsDecided:
                return timing.Chance(RecordsKeptShare)
                    ? [new RecordsStatusDecided(now, true, by, RecordsHoldReason.CriminalProceedings)]
                    : [new RecordsStatusDecided(now, false, by)];
            default:
                return [];
        }
    }

    /// <summary>The step's letters that wait for a person and have not been confirmed, issued or sent.</summary>
    private static List<ReviewEvent> Confirmations(ReviewState state, ScheduledStep step, DateTimeOffset now, string by) =>
    [
        .. step.Definition.Notices
            .Where(n => n.Send == NoticeSending.Confirm)
            .Where(n => ReviewState.NoticeKey(n.Id, step.Id, step.Occurrence) is var key
                && !state.NoticesConfirmed.ContainsKey(key) && !state.NoticesIssued.ContainsKey(key) && !state.NoticesSent.ContainsKey(key))
            .Select(n => new NoticeConfirmed(now, n.Id, step.Id, by)),
    ];
}
