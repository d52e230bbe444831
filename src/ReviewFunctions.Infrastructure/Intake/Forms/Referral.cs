namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// The referral form (004 Appendix 1) as the referrer filled it in, read from a Word form or an e-mail body.
/// Everything a person typed is here, so this is personal data: store it once, refer to it by reference.
/// </summary>
public sealed record Referral(
    Referrer Referrer,
    ReferredChild Child,
    IReadOnlyList<FamilyMember> Family,
    IReadOnlyList<InvolvedAgency> Agencies,
    IReadOnlyList<string> Circumstances,
    string? CircumstancesDescription,
    IReadOnlyList<ChronologyEntry> Chronology,
    DateOnly? ReferralDate,
    string? SignedBy);

/// <summary>Part 1 section 1: the professional making the referral.</summary>
public sealed record Referrer(string? Name, string? Agency, string? Email, string? Phone, string? LineManager);

/// <summary>Part 1 section 2: the child the referral is about.</summary>
public sealed record ReferredChild(
    string? Name,
    DateOnly? DateOfBirth,
    DateOnly? DateOfDeath,
    DateOnly? IncidentDate,
    string? Address,
    string? EthnicOrigin,
    bool? ChildProtectionPlan,
    string? Whereabouts,
    string? Carer);

/// <summary>One row of section 3, family composition and significant others.</summary>
public sealed record FamilyMember(
    string Name,
    string? Relationship,
    DateOnly? DateOfBirth,
    string? Address = null,
    string? LegalStatus = null,
    string? EthnicOrigin = null,
    bool? ChildProtectionPlan = null);

/// <summary>One row of section 4, other agencies involved: the practitioner, their agency and whether they still are.</summary>
public sealed record InvolvedAgency(string? Name, string? Agency, string? Contact, bool? StillInvolved);

/// <summary>One row of the chronology of key dates; the time only when the referrer gave one.</summary>
public sealed record ChronologyEntry(DateOnly Date, TimeOnly? Time, string Event);
