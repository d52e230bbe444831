using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Builds a review's particulars (the people its notices must name inside the partnership and hide outside it) from
/// its referral: a pure function, so the same referral always gives the same particulars and aliases.
/// </summary>
public static class ReviewParticularsBuilder
{
    public static ReviewParticulars From(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var child = new ChildDetails(referral.Child.Name ?? string.Empty, referral.Child.DateOfBirth, Present(referral.Child.Address));
        var family = referral.Family
            .Where(m => !string.IsNullOrWhiteSpace(m.Name))
            .Select(m => new Domain.Notices.FamilyMember(m.Name.Trim(), m.Relationship?.Trim() ?? string.Empty, m.DateOfBirth, Present(m.Address)))
            .ToList();
        var referrer = new Domain.Notices.Referrer(referral.Referrer.Name?.Trim() ?? string.Empty, referral.Referrer.Agency?.Trim() ?? string.Empty, referral.Referrer.Email?.Trim() ?? string.Empty);
        var agencies = referral.Agencies
            .Where(a => !string.IsNullOrWhiteSpace(a.Agency))
            .GroupBy(a => a.Agency!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new Domain.Notices.InvolvedAgency(g.Key, g.Select(a => a.Contact is null ? null : EmailAddresses.Extract(a.Contact)).FirstOrDefault(e => e is not null)))
            .ToList();
        return new ReviewParticulars(child, family, Practitioners(referral), referrer, agencies);
    }

    /// <summary>Everyone else the form names: the referrer's line manager, the practitioners, whoever signed it.</summary>
    private static List<Practitioner> Practitioners(Referral referral)
    {
        var people = new List<Practitioner>();
        void Add(string? name, string? agency)
        {
            if (!string.IsNullOrWhiteSpace(name) && PersonNames.Key(name) != PersonNames.Key(referral.Referrer.Name ?? string.Empty)
                && !people.Exists(p => PersonNames.Key(p.Name) == PersonNames.Key(name)))
            {
                people.Add(new Practitioner(name.Trim(), agency?.Trim() ?? string.Empty));
            }
        }

        Add(referral.Referrer.LineManager, referral.Referrer.Agency);
        foreach (var agency in referral.Agencies)
        {
            Add(agency.Name, agency.Agency);
        }

        Add(referral.SignedBy, referral.Referrer.Agency);
        return people;
    }

    private static string? Present(string? text) => string.IsNullOrWhiteSpace(text) || UkDateReader.IsBlank(text) ? null : text.Trim();
}
