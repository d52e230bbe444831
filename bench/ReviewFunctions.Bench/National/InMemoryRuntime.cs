using ReviewFunctions.Bench.Running;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Bench.National;

/// <summary>
/// The host the review loop runs on in the simulation: the review's events in a list, its state held in memory, the
/// virtual clock for time, and commands that do what the real runners report without sending anything. Every task it
/// returns is already complete except the wait, which the simulation completes on the clock's single thread.
/// </summary>
internal sealed class InMemoryRuntime(SimulatedReview review, ReviewEngine engine, VirtualClock clock, NationalTally tally, Action<SimulatedReview> changed)
    : IReviewRuntime
{
    public DateTimeOffset Now => clock.Now;

    /// <summary>
    /// Without RunContinuationsAsynchronously, so completing the wait runs the loop on at once, on the clock's thread,
    /// before the clock takes its next appointment.
    /// </summary>
    public Task<WakeReason> WaitAsync(DateTimeOffset? wakeAt)
    {
        var waiting = new TaskCompletionSource<WakeReason>();
        review.Waiting = waiting;
        review.Wait++;
        if (wakeAt is { } at)
        {
            clock.Book(at, new WakeUp(review, review.Wait));
        }

        return waiting.Task;
    }

    /// <summary>
    /// As the review service decides, without storage: record what the last commands observed, decide on the held
    /// state and append what was decided.
    /// </summary>
    public async Task<DecideOutcome> DecideAsync(string reference, DateTimeOffset now, IReadOnlyList<ReviewEvent> observed)
    {
        if (observed.Count > 0)
        {
            await RecordAsync(reference, observed);
        }

        tally.Decides++;
        var next = engine.Decide(review.State, now);
        var after = review.State;
        foreach (var e in next.Events)
        {
            after = engine.Evolve(after, e);
        }

        review.State = after;
        review.Events.AddRange(next.Events);
        var summary = next.Commands.OfType<UpdateStatus>().Single().Summary;
        return new DecideOutcome(next.Commands, next.NextWake, summary, after.Finished);
    }

    /// <summary>What each runner would report: a notice sent, the case files secured or released; reminders are counted.</summary>
    public Task<CommandOutcome> RunAsync(ReviewCommand command)
    {
        var now = clock.Now;
        switch (command)
        {
            case SendNotice notice:
                tally.NoticesSent++;
                return Observed(new NoticeSent(now, notice.Notice, notice.Step, notice.Occurrence, $"{notice.Reference}/{notice.Notice}/{notice.Occurrence}"));
            case SecureCaseFiles secure:
                var access = secure.Members.Select(m => m.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                return Observed(new CaseFilesSecured(now, secure.MembershipVersion, secure.Reference, access));
            case ReleaseCaseFiles:
                return Observed(new CaseFilesReleased(now, 1));
            case RemindOwner remind:
                var type = remind.Kind == ReminderKind.OnDue ? ReminderType.OnDue : ReminderType.BeforeDue;
                review.Sent.Add(new SentReminder(new ReminderKey(remind.Reference, remind.Step, remind.Occurrence, remind.Instant, type), now));
                return Task.FromResult(CommandOutcome.Nothing);
            case EscalateToManager escalate:
                review.Sent.Add(new SentReminder(new ReminderKey(escalate.Reference, escalate.Step, escalate.Occurrence, escalate.Instant, ReminderType.Escalation), now));
                return Task.FromResult(CommandOutcome.Nothing);
            default:
                throw new BenchFailedException($"{review.Reference}: the loop asked the host to run a {command.GetType().Name}, which no runner takes.");
        }
    }

    /// <summary>Records what the commands observed through the engine's checks, as the review service does.</summary>
    public Task RecordAsync(string reference, IReadOnlyList<ReviewEvent> events)
    {
        foreach (var e in events)
        {
            var (state, recorded, rejection) = engine.Apply(review.State, e);
            if (recorded is null)
            {
                throw new BenchFailedException($"{review.Reference}: the engine refused the {e.GetType().Name} a command observed at {clock.Now:O}: {rejection!.Message}");
            }

            review.State = state;
            review.Events.Add(recorded);
        }

        changed(review);
        return Task.CompletedTask;
    }

    public void ReportStatus(ReviewSummary summary)
    {
    }

    public void ContinueAsNew(ReviewLoopInput input)
    {
        tally.Restarts++;
        review.ContinueWith = input;
    }

    private static Task<CommandOutcome> Observed(ReviewEvent e) => Task.FromResult(new CommandOutcome([e]));
}
