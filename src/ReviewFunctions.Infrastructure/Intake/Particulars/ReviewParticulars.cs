namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Everyone and everywhere a review's referral names, each with the alias that stands for them in anything that
/// leaves the partnership (004 §1.9.1): the child (Child A), the family (Mother, Sibling 1, ...), the practitioners
/// and the addresses. Built from the stored referral, so it is personal data: load it by reference, never log it.
/// </summary>
public sealed record ReviewParticulars(
    string Reference,
    PersonParticulars Child,
    IReadOnlyList<PersonParticulars> Family,
    IReadOnlyList<PractitionerParticulars> Practitioners,
    IReadOnlyList<AddressParticulars> Addresses);

/// <summary>The child or a family member: their name, alias, relationship to the child, date of birth and address.</summary>
public sealed record PersonParticulars(string Name, string Alias, string Relationship, DateOnly? DateOfBirth, string? Address);

/// <summary>A professional the referral names: the referrer, their line manager, the practitioners in other agencies.</summary>
public sealed record PractitionerParticulars(string Name, string Alias, string Role, string? Agency);

public sealed record AddressParticulars(string Address, string Alias);
