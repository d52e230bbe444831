namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>Builds a review's particulars from its referral: a pure function, so the same referral always gives the same aliases.</summary>
public static class ReviewParticularsBuilder
{
    public static ReviewParticulars From(string reference, Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var addresses = new AddressBook();
        addresses.Add(referral.Child.Address, "Child A's home");
        var child = new PersonParticulars(referral.Child.Name ?? string.Empty, FamilyAliases.Child, "child", referral.Child.DateOfBirth, referral.Child.Address);

        var named = referral.Family.Where(m => !string.IsNullOrWhiteSpace(m.Name)).ToList();
        var aliases = FamilyAliases.Assign(named.Select(m => m.Relationship).ToList());
        var family = new List<PersonParticulars>(named.Count);
        for (var i = 0; i < named.Count; i++)
        {
            addresses.Add(named[i].Address, null);
            family.Add(new PersonParticulars(named[i].Name, aliases[i], named[i].Relationship ?? string.Empty, named[i].DateOfBirth, named[i].Address));
        }

        return new ReviewParticulars(reference, child, family, Practitioners(referral), addresses.All);
    }

    private static List<PractitionerParticulars> Practitioners(Referral referral)
    {
        var people = new List<PractitionerParticulars>();
        void Add(string? name, string alias, string role, string? agency)
        {
            if (!string.IsNullOrWhiteSpace(name) && !people.Exists(p => PersonNames.Key(p.Name) == PersonNames.Key(name)))
            {
                people.Add(new PractitionerParticulars(name.Trim(), alias, role, agency));
            }
        }

        Add(referral.Referrer.Name, "Referrer", "referrer", referral.Referrer.Agency);
        Add(referral.Referrer.LineManager, "Referrer's line manager", "line manager", referral.Referrer.Agency);
        var n = 0;
        foreach (var agency in referral.Agencies)
        {
            if (!string.IsNullOrWhiteSpace(agency.Name) && !people.Exists(p => PersonNames.Key(p.Name) == PersonNames.Key(agency.Name)))
            {
                Add(agency.Name, $"Practitioner {++n}", "practitioner", agency.Agency);
            }
        }

        Add(referral.SignedBy, "Referrer", "referrer", referral.Referrer.Agency);
        return people;
    }

    /// <summary>Each distinct address once, the child's home first; the same address typed twice is one.</summary>
    private sealed class AddressBook
    {
        private readonly List<AddressParticulars> _all = [];

        public IReadOnlyList<AddressParticulars> All => _all;

        public void Add(string? address, string? alias)
        {
            if (string.IsNullOrWhiteSpace(address) || UkDateReader.IsBlank(address) || _all.Exists(a => PersonNames.Key(a.Address) == PersonNames.Key(address)))
            {
                return;
            }

            _all.Add(new AddressParticulars(address.Trim(), alias ?? $"Address {_all.Count(a => a.Alias.StartsWith("Address ", StringComparison.Ordinal)) + 1}"));
        }
    }
}
