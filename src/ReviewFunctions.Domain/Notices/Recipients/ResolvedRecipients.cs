namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// Who a notice reaches, worked out from its <c>to</c> list: people and bodies e-mailed directly; practitioners,
/// each reached through their agency; family members, whose letters go to the person who delivers them.
/// <see cref="Missing"/> names, in a business manager's words, whoever has no address: the notice goes to everyone
/// else, and the gap becomes a problem on the review.
/// </summary>
public sealed record ResolvedRecipients(
    IReadOnlyList<Recipient> Direct,
    IReadOnlyList<PractitionerRecipient> Practitioners,
    IReadOnlyList<FamilyMember> Family,
    IReadOnlyList<Recipient> FamilyDeliverers,
    IReadOnlyList<string> Missing)
{
    public IEnumerable<Recipient> Everyone =>
        Direct.Concat(Practitioners.Select(p => p.Via)).Concat(FamilyDeliverers);
}

/// <param name="Name">How the letter addresses them: a body's title, an agency's name or a role.</param>
/// <param name="OutsidePartnership">A national body, or an address outside the Board's partnership domains: gets only anonymised letters.</param>
public sealed record Recipient(string Email, string Name, bool OutsidePartnership);

/// <summary>A practitioner's letter goes to their agency's contact, or to the agency's name when the form names no one.</summary>
public sealed record PractitionerRecipient(Practitioner? Practitioner, string Agency, Recipient Via);
