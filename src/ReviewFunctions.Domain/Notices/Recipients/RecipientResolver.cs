using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// Turns a notice's <c>to</c> list into addresses. A role id means the review's members holding that role, then the
/// Board's mailbox for the role (and, for agency roles, each agency's lead or director from the directory).
/// <c>agencies</c> means every agency named on the referral, at the contact the form gives or else the directory's.
/// <c>referrer</c>, <c>family</c> and <c>practitioners</c> come from the review's particulars; anything else is a
/// directory entry. Whether a recipient is outside the partnership is decided here, once, for every one of them by
/// the Board's partnership domains (a national body is outside whatever its address): an address from the referral
/// form or a member added by hand is inside only if its domain is the partnership's.
/// </summary>
public sealed class RecipientResolver(ProcedureCatalogue procedures, NoticeSettings settings)
{
    public const string Agencies = "agencies";
    public const string Referrer = "referrer";
    public const string Family = "family";
    public const string Practitioners = "practitioners";
    private const string AgencyDirector = "agency-director";

    public ResolvedRecipients Resolve(IReadOnlyList<string> to, ReviewState state, ReviewParticulars particulars, string stepOwner, DateOnly letterDay)
    {
        var direct = new List<Recipient>();
        var practitioners = new List<PractitionerRecipient>();
        var family = new List<FamilyMember>();
        var deliverers = new List<Recipient>();
        var missing = new List<string>();

        foreach (var id in to)
        {
            switch (id)
            {
                case Agencies:
                    direct.AddRange(AgencyAddresses(state, particulars, missing));
                    break;
                case Referrer:
                    direct.Add(Reach(particulars.Referrer.Email, particulars.Referrer.Agency));
                    break;
                case Family:
                    family.AddRange(Addressees(particulars, letterDay));
                    if (family.Count == 0)
                    {
                        missing.Add("family (the referral names no family member to write to)");
                    }

                    deliverers.AddRange(Deliverers(state, stepOwner));
                    break;
                case Practitioners:
                    practitioners.AddRange(PractitionerAddresses(state, particulars, missing));
                    break;
                default:
                    direct.AddRange(procedures.Roles.ContainsKey(id) ? RoleAddresses(id, state, particulars, missing) : EntryAddresses(id, state, missing));
                    break;
            }
        }

        return new ResolvedRecipients(
            [.. direct.DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase)],
            practitioners,
            [.. family.Distinct()],
            [.. deliverers.DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase)],
            [.. missing.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Role holders on the review, else the directory's people for the role; used for reminders too.</summary>
    public IReadOnlyList<Recipient> RoleHolders(string role, ReviewState state, ReviewParticulars? particulars = null)
    {
        var title = procedures.Roles.TryGetValue(role, out var r) ? ShortTitle(r.Title) : role;
        var members = state.Members.Where(m => m.Role == role).Select(m => Reach(m.Email, title)).ToList();
        if (members.Count > 0)
        {
            return members;
        }

        var fromAgencies = state.Agencies
            .Select(name => (Name: name, Contact: settings.Directory.Agency(name)))
            .Select(a => (a.Name, Email: role switch
            {
                "agency-safeguarding-lead" => a.Contact?.SafeguardingLead ?? a.Contact?.Email ?? particulars?.ContactOf(a.Name),
                "agency-director" => a.Contact?.Director,
                _ => null,
            }))
            .Where(a => a.Email is not null)
            .Select(a => Reach(a.Email!, a.Name))
            .ToList();
        if (fromAgencies.Count > 0)
        {
            return fromAgencies;
        }

        return settings.Directory.RoleAddresses.TryGetValue(role, out var mailbox) ? [Reach(mailbox, title)] : [];
    }

    /// <param name="nationalBody">A directory entry marked outside the partnership stays outside, whatever its address.</param>
    private Recipient Reach(string email, string name, bool nationalBody = false) =>
        new(email, name, nationalBody || !settings.Partnership.Includes(email));

    /// <summary>"Board chair (chair of the LSCB, …)" is addressed as "Board chair".</summary>
    private static string ShortTitle(string title)
    {
        var cut = title.IndexOf(" (", StringComparison.Ordinal);
        return cut > 0 ? title[..cut] : title;
    }

    private List<Recipient> RoleAddresses(string role, ReviewState state, ReviewParticulars particulars, List<string> missing)
    {
        if (role == AgencyDirector && !state.Members.Any(m => m.Role == role) && state.Agencies.Count > 0)
        {
            return AgencyDirectors(state, particulars, missing);
        }

        var holders = RoleHolders(role, state, particulars);
        if (holders.Count == 0)
        {
            missing.Add($"the {ShortTitle(procedures.Roles[role].Title).ToLowerInvariant()} (nobody holds the role on this review and the Board has no mailbox for it)");
        }

        return [.. holders];
    }

    private IEnumerable<Recipient> EntryAddresses(string id, ReviewState state, List<string> missing)
    {
        var entry = settings.Directory.Entry(id);
        if (entry is null)
        {
            missing.Add($"'{id}' (not in the Board's directory)");
            return [];
        }

        if (entry.MembersOf is { } role)
        {
            var members = state.Members.Where(m => m.Role == role).Select(m => Reach(m.Email, entry.Title)).ToList();
            if (members.Count == 0 && entry.Email is null)
            {
                missing.Add($"{entry.Title} (nobody holds the role on this review yet)");
            }

            return entry.Email is { } group ? members.Append(Reach(group, entry.Title, entry.OutsidePartnership)) : members;
        }

        if (entry.Email is null)
        {
            missing.Add($"{entry.Title} (the Board's directory has no address for it)");
            return [];
        }

        return [Reach(entry.Email, entry.Title, entry.OutsidePartnership)];
    }

    /// <summary>
    /// Each agency's director, as far as the Board knows them: the directory's director, else the Board's one mailbox
    /// for directors, else the agency itself at its contact (an agency known only from the referral form is written to
    /// in its own right, so a gap in the directory never stops its letter). Only an agency with no address at all is
    /// missing.
    /// </summary>
    private List<Recipient> AgencyDirectors(ReviewState state, ReviewParticulars particulars, List<string> missing)
    {
        var found = new List<Recipient>();
        foreach (var agency in state.Agencies)
        {
            var contact = settings.Directory.Agency(agency);
            var email = contact?.Director
                ?? settings.Directory.RoleAddresses.GetValueOrDefault(AgencyDirector)
                ?? particulars.ContactOf(agency) ?? contact?.Email ?? contact?.SafeguardingLead;
            if (email is null)
            {
                missing.Add($"{agency} (no contact address on the referral form or in the Board's directory)");
                continue;
            }

            found.Add(Reach(email, agency));
        }

        return found;
    }

    private List<Recipient> AgencyAddresses(ReviewState state, ReviewParticulars particulars, List<string> missing)
    {
        var found = new List<Recipient>();
        foreach (var agency in state.Agencies)
        {
            var contact = settings.Directory.Agency(agency);
            var email = particulars.ContactOf(agency) ?? contact?.Email ?? contact?.SafeguardingLead;
            if (email is null)
            {
                missing.Add($"{agency} (no contact address on the referral form or in the Board's directory)");
                continue;
            }

            found.Add(Reach(email, agency));
        }

        return found;
    }

    private IEnumerable<PractitionerRecipient> PractitionerAddresses(ReviewState state, ReviewParticulars particulars, List<string> missing)
    {
        var named = particulars.Practitioners.Select(p => (Practitioner: (Practitioner?)p, p.Agency)).ToList();

        // With nobody named, each agency is asked to pass the letter to its own staff who knew the family.
        var people = named.Count > 0 ? named : [.. state.Agencies.Select(a => ((Practitioner?)null, a))];
        foreach (var (practitioner, agency) in people)
        {
            var contact = settings.Directory.Agency(agency);
            var email = particulars.ContactOf(agency) ?? contact?.SafeguardingLead ?? contact?.Email;
            if (email is null)
            {
                missing.Add($"the practitioners at {agency} (no address for the agency on the referral form or in the Board's directory)");
                continue;
            }

            yield return new PractitionerRecipient(practitioner, agency, Reach(email, agency));
        }
    }

    /// <summary>
    /// Family letters are for the adults in the child's life (004 §6.1.3: parents, grandparents and others who played a
    /// significant part); siblings and anyone under 18 are left to them. The person delivering decides, with the panel.
    /// </summary>
    private static IEnumerable<FamilyMember> Addressees(ReviewParticulars particulars, DateOnly letterDay) =>
        particulars.Family.Where(f => !Relationship.Read(f.Relationship).IsSibling && (f.DateOfBirth is not { } born || born.AddYears(18) <= letterDay));

    private List<Recipient> Deliverers(ReviewState state, string stepOwner)
    {
        var deliverers = RoleHolders(stepOwner, state).ToList();
        if (deliverers.Count == 0)
        {
            deliverers.AddRange(RoleHolders("business-manager", state));
        }

        return deliverers.Count > 0 ? deliverers : [Reach(settings.Board.Email, settings.Board.Name)];
    }
}
