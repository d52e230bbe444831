using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Tests.Mail.Support;

/// <summary>
/// A whole review on a virtual clock, as the host runs it: every morning the decider is asked what to do, its notices go
/// through the dispatcher to the local SendGrid, and what came back is recorded. People do their part realistically:
/// a notice waiting for confirmation is confirmed the moment its step opens (a recurring one on its due day), every
/// other step is done on its due day.
/// </summary>
internal sealed class SimulatedReview
{
    private readonly MailRig rig;
    private readonly ReviewParticulars particulars;

    private SimulatedReview(MailRig rig, ReviewState state, ReviewParticulars particulars)
    {
        this.rig = rig;
        State = state;
        this.particulars = particulars;
    }

    public ReviewState State { get; private set; }

    public string Reference => State.Reference;

    public List<SentNotice> Sent { get; } = [];

    public static async Task<SimulatedReview> RunAsync(MailRig rig, ReferralReceived referral, ReviewParticulars particulars, IReadOnlyDictionary<string, string> members)
    {
        var (state, rejection) = rig.Engine.Start(referral);
        Assert.Null(rejection);
        var review = new SimulatedReview(rig, state!, particulars);
        foreach (var (role, email) in members)
        {
            review.Record(new MemberAdded(referral.At, email, role, "intake"));
        }

        var now = referral.At;
        for (var day = 0; day < 1500 && !review.State.Finished; day++)
        {
            while (await review.RoundAsync(now))
            {
            }

            now = UkTime.At(UkTime.ToUkDate(now).AddDays(1), new TimeOnly(10, 0));
        }

        Assert.True(review.State.Finished, $"{referral.Kind} did not finish.");
        return review;
    }

    /// <returns>True when something was recorded, so the decider must look again at the same instant.</returns>
    private async Task<bool> RoundAsync(DateTimeOffset now)
    {
        var changed = false;
        var next = rig.Engine.Decide(State, now);
        foreach (var e in next.Events)
        {
            State = rig.Engine.Evolve(State, e);
        }

        foreach (var command in next.Commands.OfType<SendNotice>())
        {
            changed |= await SendAsync(command, now, confirmedBy: null);
        }

        var today = UkTime.ToUkDate(now);
        foreach (var step in rig.Engine.Schedule(State).Where(s => s.Status == StepStatus.Open).ToList())
        {
            // A recurring notice (the monthly update) is sent when it is due; any other the moment its step opens.
            var confirmNow = step.Definition.Repeat is null || step.Due.Day <= today;
            foreach (var notice in step.Definition.Notices.Where(n => confirmNow && NoticeConfirmation.NeedsConfirmation(n, rig.Settings)))
            {
                var (issued, command, _) = NoticeConfirmation.Confirm(rig.Engine, State, step.Id, notice.Id, now);
                if (command is not null && !State.NoticesSent.ContainsKey(ReviewState.NoticeKey(notice.Id, step.Id, step.Occurrence)))
                {
                    if (issued is not null)
                    {
                        Record(issued);
                    }

                    changed |= await SendAsync(command, now, confirmedBy: "manager@board");
                }
            }

            if (step.Due.Day > today || step.Definition.Completion == StepCompletion.NoticesSent)
            {
                continue;
            }

            changed = true;
            switch (step.Definition.Completion)
            {
                case StepCompletion.Decision:
                    Record(new DecisionRecorded(now, DecisionOutcome.Review, State.Kind, "The criteria are met.", "chair@board"));
                    break;
                case StepCompletion.AgenciesResponded:
                    foreach (var agency in State.Agencies.Where(a => !State.AgencyResponses.ContainsKey(a)))
                    {
                        Record(new AgencyResponded(now, agency, true, true, "lead@agency"));
                    }

                    break;
                case StepCompletion.RecordsDecided:
                    Record(new RecordsStatusDecided(now, false, "chair@board"));
                    break;
                case StepCompletion.SignOff:
                    if (rig.Engine.Schedule(State).Any(s => s.Id != step.Id && s.Definition.Repeat is null && !s.Definition.OutlastsSignOff && s.Status is StepStatus.Open or StepStatus.Pending))
                    {
                        changed = false;
                        break;
                    }

                    if (State.ActionPlan is null)
                    {
                        AgreeThePlan(now, today);
                    }

                    Record(new ActionUpdated(now, "a1", ActionStatus.Completed, "manager@board"));
                    Record(new ActionPlanSignedOff(now, "chair@board"));
                    break;
                case StepCompletion.ActionPlanAgreed:
                    AgreeThePlan(now, today);
                    break;
                case StepCompletion.Published:
                    Record(new PublicationRecorded(now, today, "https://board.example/reviews/report.pdf", "manager@board"));
                    break;
                default:
                    Record(new StepCompleted(now, step.Id, "someone@board"));
                    break;
            }
        }

        return changed;
    }

    private void AgreeThePlan(DateTimeOffset now, DateOnly today) =>
        Record(new ActionPlanAgreed(now, [new PlannedAction("a1", "Share the learning", "Board", today.AddMonths(1), "Briefings held")], "chair@board"));

    private async Task<bool> SendAsync(SendNotice command, DateTimeOffset now, string? confirmedBy)
    {
        var step = rig.Engine.Schedule(State).Single(s => s.Id == command.Step && s.Occurrence == command.Occurrence);
        var outcome = await rig.Dispatcher.RunAsync(command, State, particulars, now, confirmedBy);
        foreach (var e in outcome.Events)
        {
            Record(e);
            if (e is NoticeSent sent)
            {
                Sent.Add(new SentNotice(sent.Notice, sent.Step, sent.Occurrence, now, step.OpenedAt, step.Due, sent.MessageId));
            }
        }

        return outcome.Events.Count > 0;
    }

    private void Record(ReviewEvent e)
    {
        var (state, _, rejection) = rig.Engine.Apply(State, e);
        Assert.Null(rejection);
        State = state;
    }
}

internal sealed record SentNotice(string Notice, string Step, int Occurrence, DateTimeOffset SentAt, DateTimeOffset? OpenedAt, Due Due, string? MessageId);
