using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Access;

/// <summary>
/// Who may see a review and who may record each kind of event on it. The Board's chair and business manager act on
/// every review; a participant only on the reviews they are a member of, and only on the steps their review role owns.
/// Anyone recording for another role must say why, and that reason is kept with the event.
/// </summary>
public static class ReviewPermissions
{
    private static readonly string[] Deciders = [BoardRoles.Chair, BoardRoles.Admin];
    private static readonly string[] Managers = [BoardRoles.Manager, BoardRoles.Admin];
    private static readonly string[] Board = [BoardRoles.Manager, BoardRoles.Chair, BoardRoles.Admin];
    private static readonly string[] AgencyRoles = ["agency-safeguarding-lead", "agency-records-manager", "agency-manager", "agency-director"];

    public static AccessDecision CanRead(Caller caller, ReviewState review)
    {
        if (BoardRoleOf(caller, BoardRoles.SeeEveryReview) is { } role)
        {
            return AccessDecision.As(role);
        }

        if (caller.Has(BoardRoles.Participant))
        {
            return MemberRolesOf(caller, review).FirstOrDefault() is { } memberRole
                ? AccessDecision.As(AsMember(memberRole))
                : AccessDecision.Refused($"You are not a member of review {review.Reference}. The Board's business manager adds the people on a review.");
        }

        return AccessDecision.Refused($"Reading review {review.Reference} needs one of {Names(BoardRoles.SeeEveryReview)}, or {BoardRoles.Participant} as a member of the review.");
    }

    /// <param name="justification">Why the caller acts for another role or lets in someone outside the partnership.</param>
    /// <param name="insidePartnership">Whether an e-mail address belongs to one of the partnership's domains.</param>
    public static AccessDecision CanRecord(Caller caller, ReviewState review, Procedure procedure, ReviewEvent e, string? justification, Func<string, bool> insidePartnership)
    {
        var reason = string.IsNullOrWhiteSpace(justification) ? null : justification.Trim();
        return e switch
        {
            DecisionRecorded => Only(caller, Deciders, "Recording the Board's decision"),
            ExtensionAgreed => Only(caller, Deciders, "Agreeing an extension"),
            ActionPlanSignedOff => Only(caller, Deciders, "Signing off the action plan"),
            EmbargoRecorded => Only(caller, Deciders, "Holding publication"),
            ThemesRecorded => Only(caller, Board, "Recording the review's themes"),
            EmbargoLifted => Only(caller, Deciders, "Lifting the embargo on publication"),
            PublicationRecorded => procedure.PublicationStep is { } publication
                ? ForOwner(caller, review, publication.Owner, "Recording the report's publication", reason)
                : Only(caller, Managers, "Recording the report's publication"),
            RecordsStatusDecided => Only(caller, Deciders, "Deciding whether the review's records stay locked"),
            NoticeConfirmed => Only(caller, Managers, "Confirming a held notice"),
            MemberRemoved => Only(caller, Managers, "Removing a member"),
            MemberAdded added => CanAdd(caller, added, reason, insidePartnership),
            ActionPlanAgreed => Only(caller, Board, "Recording the agreed action plan"),
            ActionUpdated update => CanUpdate(caller, review, update),
            StepCompleted step => procedure.FindStep(step.Step) is { } definition
                ? ForOwner(caller, review, definition.Owner, $"Step '{definition.Title}'", reason)
                : Only(caller, [.. Board, BoardRoles.Participant], "Recording a step"),
            AgencyResponded => ForAnyOf(caller, review, AgencyRoles, "An agency's response", reason),
            _ => AccessDecision.Refused("Only the review's own loop records this."),
        };
    }

    /// <summary>
    /// An agency's chronology comes from that agency's people on the review (its safeguarding lead, records manager,
    /// manager or director) or from the business manager sending it in for them.
    /// </summary>
    public static AccessDecision CanSendChronology(Caller caller, ReviewState review)
    {
        if (BoardRoleOf(caller, Managers) is { } role)
        {
            return AccessDecision.As(role);
        }

        var held = caller.Has(BoardRoles.Participant) ? MemberRolesOf(caller, review).FirstOrDefault(r => AgencyRoles.Contains(r, StringComparer.OrdinalIgnoreCase)) : null;
        return held is not null
            ? AccessDecision.As(AsMember(held))
            : AccessDecision.Refused($"An agency's chronology is sent by its people on review {review.Reference} ({string.Join(", ", AgencyRoles)}) or by the Board's business manager.");
    }

    private static AccessDecision CanAdd(Caller caller, MemberAdded added, string? reason, Func<string, bool> insidePartnership)
    {
        if (insidePartnership(added.Email))
        {
            return Only(caller, Managers, "Adding a member");
        }

        if (!caller.Has(BoardRoles.Admin))
        {
            return AccessDecision.Refused($"The address is outside the partnership's e-mail domains: adding it to a review needs {BoardRoles.Admin} and a recorded 'justification'.");
        }

        return reason is null
            ? AccessDecision.Refused("The address is outside the partnership's e-mail domains: give the 'justification' for letting it into the review's case file and letters.")
            : AccessDecision.As(BoardRoles.Admin);
    }

    private static AccessDecision CanUpdate(Caller caller, ReviewState review, ActionUpdated update)
    {
        if (BoardRoleOf(caller, Board) is { } role)
        {
            return AccessDecision.As(role);
        }

        var owner = review.Actions.FirstOrDefault(a => a.Action.Id == update.Action)?.Action.Owner;
        var memberRoles = caller.Has(BoardRoles.Participant) ? MemberRolesOf(caller, review) : [];
        if (owner is not null && memberRoles.Count > 0 && (caller.Is(owner) || memberRoles.Contains(owner, StringComparer.OrdinalIgnoreCase)))
        {
            return AccessDecision.As(AsMember(memberRoles[0]));
        }

        return AccessDecision.Refused($"Updating action '{update.Action}' needs {Names(Board)}, or to be the action's owner and a member of the review.");
    }

    /// <summary>A step belongs to its owner: the Board role that owner is, or the members who hold it in this review.</summary>
    private static AccessDecision ForOwner(Caller caller, ReviewState review, string owner, string what, string? reason) =>
        BoardRoles.BoardStepOwners.TryGetValue(owner, out var boardRole) && caller.Has(boardRole)
            ? AccessDecision.As(boardRole)
            : ForAnyOf(caller, review, [owner], what, reason);

    private static AccessDecision ForAnyOf(Caller caller, ReviewState review, IReadOnlyList<string> owners, string what, string? reason)
    {
        if (caller.Has(BoardRoles.Participant))
        {
            var held = MemberRolesOf(caller, review).FirstOrDefault(r => owners.Contains(r, StringComparer.OrdinalIgnoreCase));
            if (held is not null)
            {
                return AccessDecision.As(AsMember(held));
            }
        }

        if (BoardRoleOf(caller, Board) is { } role)
        {
            return reason is null
                ? AccessDecision.Refused($"{what} is for the review's {string.Join(" or ", owners)}. To record it on their behalf, give the 'justification'.")
                : AccessDecision.As(role);
        }

        return AccessDecision.Refused($"{what} is for the review's {string.Join(" or ", owners)}: you are not a member of review {review.Reference} in that role.");
    }

    private static AccessDecision Only(Caller caller, IReadOnlyList<string> roles, string what) =>
        BoardRoleOf(caller, roles) is { } role ? AccessDecision.As(role) : AccessDecision.Refused($"{what} needs {Names(roles)}.");

    /// <summary>The first of <paramref name="roles"/> the caller holds, in the order given (the most specific first).</summary>
    private static string? BoardRoleOf(Caller caller, IEnumerable<string> roles) => roles.FirstOrDefault(caller.Has);

    private static List<string> MemberRolesOf(Caller caller, ReviewState review) =>
        caller.Email is null
            ? []
            : [.. review.Members.Where(m => string.Equals(m.Email, caller.Email, StringComparison.OrdinalIgnoreCase)).Select(m => m.Role)];

    private static string AsMember(string memberRole) => $"{BoardRoles.Participant} ({memberRole})";

    private static string Names(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        return list.Count == 1 ? list[0] : $"{string.Join(", ", list.Take(list.Count - 1))} or {list[^1]}";
    }
}
