namespace ReviewFunctions.Domain.Access;

/// <summary>
/// The app roles of the Board's app registration. Their values are the contract with Entra ID: an administrator assigns
/// people (and the intake mailbox reader) to them, and the platform passes them on in every request.
/// </summary>
public static class BoardRoles
{
    /// <summary>Everything, including the management of the reviews' orchestrations.</summary>
    public const string Admin = "Board.Admin";

    /// <summary>The business manager: runs every review of the Board, adds and removes members, confirms held notices.</summary>
    public const string Manager = "Board.Manager";

    /// <summary>The Board's chair: decisions, extensions, sign-off.</summary>
    public const string Chair = "Board.Chair";

    /// <summary>Panel members, agency leads, reviewers: only the reviews they are members of, only their own steps.</summary>
    public const string Participant = "Review.Participant";

    /// <summary>An inspector or auditor: reads every review, records nothing.</summary>
    public const string Auditor = "Audit.Read";

    /// <summary>The intake mailbox reader or an automation: posts referrals and nothing else.</summary>
    public const string IntakeSubmitter = "Intake.Submit";

    public static readonly IReadOnlyList<string> All = [Admin, Manager, Chair, Participant, Auditor, IntakeSubmitter];

    /// <summary>The roles that see every review of the Board without being a member of it.</summary>
    public static readonly IReadOnlySet<string> SeeEveryReview = new HashSet<string>(StringComparer.Ordinal) { Admin, Manager, Chair, Auditor };

    /// <summary>
    /// The procedures' step owners that are the Board's own chair or business manager in each nation: their steps are
    /// done by whoever holds that Board role, member of the review or not. Every other owner is a review role, held by
    /// the members the business manager adds.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> BoardStepOwners = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["board-chair"] = Chair,
        ["cpc-chair"] = Chair,
        ["sbni-chair"] = Chair,
        ["csp-chair"] = Chair,
        ["business-manager"] = Manager,
        ["cpc-lead-officer"] = Manager,
        ["sbni-officer"] = Manager,
        ["dhr-coordinator"] = Manager,
    };
}
