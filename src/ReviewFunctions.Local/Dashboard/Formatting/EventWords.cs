using System.Globalization;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Local.Dashboard.Formatting;

/// <summary>
/// What an event of a review's history was, and the role it was recorded in, in the words of the people running the
/// review. Only what the event is about: never its reasons or notes, which are shown where they belong.
/// </summary>
public static class EventWords
{
    public static string What(ProcedureCatalogue catalogue, string kind, ReviewEvent e) => e switch
    {
        ReferralReceived => "Referral received",
        AgencyResponded r => $"Agency response from {r.Agency}",
        DecisionRecorded { Outcome: DecisionOutcome.Review } d => $"Decision recorded: hold a {Words.KindTitle(catalogue, d.Kind)}",
        DecisionRecorded => "Decision recorded: do not hold a review",
        StepCompleted s => $"Step done: {Step(catalogue, kind, s.Step, s.Occurrence)}",
        ExtensionAgreed x => $"Extension agreed: {Words.StepTitle(catalogue, kind, x.Step)} now due {UkDates.Day(x.NewDue)}",
        MemberAdded m => $"Member added: {m.Email} as {Words.Role(catalogue, m.Role)}",
        MemberRemoved m => $"Member removed: {m.Email} as {Words.Role(catalogue, m.Role)}",
        ReminderSent r => $"Reminder sent: {Step(catalogue, kind, r.Step, r.Occurrence)}",
        Escalated x => $"Escalated: {Step(catalogue, kind, x.Step, x.Occurrence)}",
        NoticeIssued n => $"Notice issued: {Words.Sentence(n.Notice)}",
        NoticeSent n => $"Notice sent: {Words.Sentence(n.Notice)}",
        NoticeBlocked n => $"Notice stopped before it left the partnership: {Words.Sentence(n.Notice)}",
        NoticeConfirmed n => $"Notice confirmed to go: {Words.Sentence(n.Notice)}",
        NoticeUndelivered n => $"Notice not delivered to everyone: {Words.Sentence(n.Notice)} (not reached: {string.Join("; ", n.Unreached)})",
        DirectoryUpdated => "The Board's directory changed: notices that missed someone are tried again",
        ReviewResumed r => $"Review started again by the sweeper: {r.Reason}",
        CaseFilesSecured => "Case files secured",
        RecordsStatusDecided { Keep: true } => "Records decision: they stay locked",
        RecordsStatusDecided => "Records decision: they are released",
        CaseFilesReleased => "Case files released",
        ActionPlanAgreed p => p.Actions.Count == 1 ? "Action plan agreed with 1 action" : $"Action plan agreed with {p.Actions.Count.ToString(CultureInfo.InvariantCulture)} actions",
        ActionUpdated { Status: ActionStatus.Completed } a => $"Action {a.Action} complete",
        ActionUpdated a => $"Action {a.Action} still open",
        ActionPlanSignedOff => "Action plan signed off",
        PublicationRecorded p => $"Report published on {UkDates.Day(p.PublishedOn)}",
        EmbargoRecorded x => $"Publication held: {x.Reason}",
        ThemesRecorded t => $"Themes recorded: {string.Join(", ", t.Themes)}",
        EmbargoLifted l => $"Embargo lifted: to be published by {UkDates.Day(l.PublishBy)}",
        _ => Words.Sentence(e.GetType().Name),
    };

    /// <summary>"Board chair", or "Review panel chair on this review" for a member acting in their review role.</summary>
    public static string ActingAs(ProcedureCatalogue catalogue, string role)
    {
        var member = $"{BoardRoles.Participant} (";
        if (role.StartsWith(member, StringComparison.Ordinal) && role.EndsWith(')'))
        {
            return $"{Words.Role(catalogue, role[member.Length..^1])} on this review";
        }

        return BoardRole(role);
    }

    /// <summary>An app role the Board assigns in Entra ID, as the people who hold it call it.</summary>
    public static string BoardRole(string role) => role switch
    {
        BoardRoles.Admin => "Administrator",
        BoardRoles.Manager => "Board business manager",
        BoardRoles.Chair => "Board chair",
        BoardRoles.Participant => "Member of the reviews they are added to",
        BoardRoles.Auditor => "Auditor, reads every review",
        BoardRoles.IntakeSubmitter => "Intake mailbox reader",
        _ => role,
    };

    private static string Step(ProcedureCatalogue catalogue, string kind, string step, int occurrence) =>
        Words.StepTitle(catalogue, kind, step) + (occurrence > 1 ? $" (number {occurrence.ToString(CultureInfo.InvariantCulture)})" : string.Empty);
}
