namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// A Board's notice settings: who it is, where everyone's mail goes, which notices a person must confirm first, and
/// which e-mail domains are the partnership's own.
/// </summary>
/// <param name="ConfirmBeforeSending">Notice ids the Board wants a person to confirm even where its procedure sends them automatically.</param>
/// <param name="Partnership">Every recipient whose address is outside these domains gets the anonymised letter.</param>
public sealed record NoticeSettings(BoardDetails Board, NoticeDirectory Directory, IReadOnlySet<string> ConfirmBeforeSending, PartnershipDomains Partnership);

/// <param name="Name">As letters sign off: "Westbridge Safeguarding Children Partnership".</param>
/// <param name="Email">The Board's secure mailbox; replies to every notice go here.</param>
/// <param name="ChairName">The Board chair, who may be named to national bodies (004 §1.9.1).</param>
/// <param name="AdministratorEmail">Told when a notice is stopped, with the review reference only.</param>
public sealed record BoardDetails(string Name, string Email, string? ChairName, string AdministratorEmail);
