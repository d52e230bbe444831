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

    /// <summary>
    /// A fingerprint of every address here, ordered, so a review can tell whether the directory changed since one of
    /// its notices could not be delivered; the same directory always gives the same version.
    /// </summary>
    public string Version()
    {
        var lines = Entries.Values.Select(e => $"entry|{e.Id}|{e.Email}|{e.OutsidePartnership}|{e.MembersOf}")
            .Concat(RoleAddresses.Select(r => $"role|{r.Key}|{r.Value}"))
            .Concat(Agencies.Select(a => $"agency|{a.Name.Trim().ToUpperInvariant()}|{a.Email}|{a.SafeguardingLead}|{a.Director}"))
            .Order(StringComparer.Ordinal);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

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
