using System.Collections.Immutable;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>Folds one already-validated event into the state. No checks here: <see cref="ReviewRules"/> does those first.</summary>
public static class ReviewEvolution
{
    public static ReviewState Start(ReferralReceived referral) => new()
    {
        Reference = referral.Reference,
        Kind = referral.Kind,
        Nation = referral.Nation,
        ReceivedAt = referral.At,
        IncidentDate = referral.IncidentDate,
        AwarenessDate = referral.AwarenessDate,
        Agencies = [.. referral.Agencies.Distinct(StringComparer.OrdinalIgnoreCase)],
        Version = 1,
    };

    public static ReviewState Evolve(ReviewState state, ReviewEvent e, Func<ReviewState, bool> endsReview)
    {
        var next = e switch
        {
            AgencyResponded r => state with { AgencyResponses = state.AgencyResponses.SetItem(r.Agency, r) },
            DecisionRecorded d => Decide(state, d),
            StepCompleted c => state with { Done = state.Done.Add(ReviewState.StepKey(c.Step, c.Occurrence), new StepDone(c.At, c.By, c.Note)) },
            ExtensionAgreed x => state with { Extensions = state.Extensions.SetItem(x.Step, x) },
            MemberAdded m => state with
            {
                Members = state.Members.Add(new ReviewMember(m.Email, m.Role, m.At, m.By)),
                MembershipVersion = state.MembershipVersion + 1,
                NoticeProblems = ImmutableDictionary<string, NoticeUndelivered>.Empty,
            },
            MemberRemoved m => state with
            {
                Members = state.Members.RemoveAll(x => SameMember(x, m.Email, m.Role)),
                MembershipVersion = state.MembershipVersion + 1,
                NoticeProblems = ImmutableDictionary<string, NoticeUndelivered>.Empty,
            },
            ReminderSent r => state with { Reminded = AddInstant(state.Reminded, ReviewState.StepKey(r.Step, r.Occurrence), r.Instant) },
            Escalated x => state with { EscalatedAt = AddInstant(state.EscalatedAt, ReviewState.StepKey(x.Step, x.Occurrence), x.Instant) },
            NoticeIssued n => state with { NoticesIssued = state.NoticesIssued.SetItem(ReviewState.NoticeKey(n.Notice, n.Step, n.Occurrence), n) },
            NoticeSent n => state with
            {
                NoticesSent = state.NoticesSent.SetItem(ReviewState.NoticeKey(n.Notice, n.Step, n.Occurrence), n),
                NoticeProblems = state.NoticeProblems.Remove(ReviewState.NoticeKey(n.Notice, n.Step, n.Occurrence)),
            },
            NoticeUndelivered u => state with { NoticeProblems = state.NoticeProblems.SetItem(ReviewState.NoticeKey(u.Notice, u.Step, u.Occurrence), u) },
            DirectoryUpdated d => state with { NoticeProblems = state.NoticeProblems.RemoveRange(state.NoticeProblems.Where(p => p.Value.Directory != d.Directory).Select(p => p.Key)) },
            ReviewResumed => state,
            CaseFilesSecured c => state with { CaseFiles = c },
            NoticeConfirmed n => state with { NoticesConfirmed = state.NoticesConfirmed.SetItem(ReviewState.NoticeKey(n.Notice, n.Step, n.Occurrence), n) },
            RecordsStatusDecided r => state with { RecordsDecision = r },
            CaseFilesReleased r => state with { CaseFilesRelease = r },
            NoticeBlocked b => state with { NoticesBlocked = state.NoticesBlocked.SetItem(ReviewState.NoticeKey(b.Notice, b.Step, b.Occurrence), b) },
            ActionPlanAgreed p => state with
            {
                ActionPlan = p,
                Actions = [.. p.Actions.Select(a => new ActionState(a, ActionStatus.Open, null, p.At))],
            },
            ActionUpdated u => state with
            {
                Actions = state.Actions.Select(a => a.Action.Id == u.Action ? a with { Status = u.Status, LastNote = u.Note, UpdatedAt = u.At } : a).ToImmutableList(),
            },
            ActionPlanSignedOff s => state with { SignedOff = s },
            PublicationRecorded p => state with { Publication = p },
            EmbargoRecorded x => state with { Embargo = x, EmbargoLift = null },
            EmbargoLifted l => state with { EmbargoLift = l },
            ThemesRecorded t => state with { Themes = [.. t.Themes] },
            ReferralReceived => throw new InvalidOperationException("A review starts once."),
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "Unknown review event."),
        };
        next = next with { Version = state.Version + 1 };
        return !next.Finished && endsReview(next) ? Finish(next, e.At) : next;
    }

    public static bool SameMember(ReviewMember member, string email, string role) =>
        string.Equals(member.Email, email, StringComparison.OrdinalIgnoreCase) && member.Role == role;

    private static ReviewState Decide(ReviewState state, DecisionRecorded d) => state with { Decision = d, Kind = d.Kind };

    private static ReviewState Finish(ReviewState state, DateTimeOffset at) => state with
    {
        FinishedAt = at,
        FinishedReason = state.SignedOff is null ? "The Board decided not to hold a review."
            : state.Publication is null ? "The Board signed off the action plan."
            : "The Board signed off the action plan, and the report's time online has ended.",
    };

    private static ImmutableDictionary<string, ImmutableSortedSet<DateTimeOffset>> AddInstant(
        ImmutableDictionary<string, ImmutableSortedSet<DateTimeOffset>> sets, string key, DateTimeOffset instant) =>
        sets.SetItem(key, sets.GetValueOrDefault(key, ImmutableSortedSet<DateTimeOffset>.Empty).Add(instant));
}
