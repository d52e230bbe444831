namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// The people of one review, as the referral form names them. Intake fills it from the parsed form; the notices use it
/// to address letters inside the partnership and, above all, to check that nothing sent outside names any of them.
/// Keep it to what the form says: anything unknown is left empty (null), never guessed.
/// </summary>
/// <param name="Child">The child the review is about.</param>
/// <param name="Family">Family members and significant others, in the order the form lists them.</param>
/// <param name="Practitioners">Professionals the form names as involved, with their agency.</param>
/// <param name="Referrer">Who made the referral.</param>
/// <param name="Agencies">The agencies the form names, with the contact address it gives for each.</param>
/// <param name="Officers">The review's panel chair and overview author once appointed (not on the form); they may be named to national bodies.</param>
public sealed record ReviewParticulars(
    ChildDetails Child,
    IReadOnlyList<FamilyMember> Family,
    IReadOnlyList<Practitioner> Practitioners,
    Referrer Referrer,
    IReadOnlyList<InvolvedAgency> Agencies,
    ReviewOfficers? Officers = null)
{
    /// <summary>The agency's contact address as the referral gives it, matched on the name without regard to case.</summary>
    public string? ContactOf(string agency) =>
        Agencies.FirstOrDefault(a => string.Equals(a.Name.Trim(), agency.Trim(), StringComparison.OrdinalIgnoreCase))?.ContactEmail;
}

public sealed record ChildDetails(string Name, DateOnly? DateOfBirth, string? Address);

/// <param name="Relationship">As written on the form: "Mother", "Mother's partner", "Sibling", "Aunt"…</param>
public sealed record FamilyMember(string Name, string Relationship, DateOnly? DateOfBirth, string? Address);

public sealed record Practitioner(string Name, string Agency);

public sealed record Referrer(string Name, string Agency, string Email);

public sealed record InvolvedAgency(string Name, string? ContactEmail);

/// <summary>The two review officers who, with the Board chair, may be named to bodies outside the partnership (004 §1.9.1).</summary>
public sealed record ReviewOfficers(string? PanelChair, string? OverviewAuthor);
