namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// Where notices go: national bodies and Board groups by directory id, Board role mailboxes by role id, and the
/// agencies with their safeguarding leads. Data, never code: it ships with the national mailboxes the seed procedures
/// publish, and a Board overrides or adds to it in its settings.
/// </summary>
public sealed record NoticeDirectory(
    IReadOnlyDictionary<string, DirectoryEntry> Entries,
    IReadOnlyDictionary<string, string> RoleAddresses,
    IReadOnlyList<AgencyContact> Agencies)
{
    public DirectoryEntry? Entry(string id) => Entries.GetValueOrDefault(id);

    public AgencyContact? Agency(string name) =>
        Agencies.FirstOrDefault(a => string.Equals(a.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <param name="Email">Null until a Board sets it: a notice to an entry without an address is not sent.</param>
/// <param name="OutsidePartnership">True for national bodies and inspectorates: what reaches them is anonymised.</param>
/// <param name="MembersOf">A group entry ("imr-authors") that means the review's members holding this role.</param>
/// <param name="Source">Where the address comes from, so a Board can check it.</param>
public sealed record DirectoryEntry(string Id, string Title, string? Email, bool OutsidePartnership, string? MembersOf, string? Source);

/// <param name="Email">The agency's general secure address for review correspondence.</param>
public sealed record AgencyContact(string Name, string? Email, string? SafeguardingLead, string? Director);
