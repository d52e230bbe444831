namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// Everything known about the review's people that an anonymised notice must not contain: the names of the child,
/// family, practitioners and referrer, their dates of birth and their addresses. The Board chair, panel chair and
/// overview author may be named outside the partnership (004 §1.9.1), so their names are set aside as allowed.
/// </summary>
public sealed class SensitiveDetails
{
    private SensitiveDetails(IReadOnlyList<PersonName> names, IReadOnlyList<DateOnly> datesOfBirth, IReadOnlyList<string> addresses, IReadOnlyList<string> allowedNames)
    {
        Names = names;
        DatesOfBirth = datesOfBirth;
        Addresses = addresses;
        AllowedNames = allowedNames;
    }

    public IReadOnlyList<PersonName> Names { get; }

    public IReadOnlyList<DateOnly> DatesOfBirth { get; }

    public IReadOnlyList<string> Addresses { get; }

    /// <summary>Names that may appear (Board chair, panel chair, overview author), written in full.</summary>
    public IReadOnlyList<string> AllowedNames { get; }

    public static SensitiveDetails Of(ReviewParticulars particulars, IEnumerable<string?> allowedNames)
    {
        var allowed = allowedNames.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var names = PeopleOf(particulars)
            .Where(n => !allowed.Contains(n.Trim(), StringComparer.OrdinalIgnoreCase))
            .Select(PersonName.Parse)
            .Where(n => n.Words.Count > 0)
            .ToList();
        var dates = new[] { particulars.Child.DateOfBirth }.Concat(particulars.Family.Select(f => f.DateOfBirth))
            .OfType<DateOnly>()
            .Distinct()
            .ToList();
        var addresses = new[] { particulars.Child.Address }.Concat(particulars.Family.Select(f => f.Address))
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new SensitiveDetails(names, dates, addresses, allowed);
    }

    /// <summary>Everyone the review's notices must not name outside the partnership.</summary>
    public static IEnumerable<string> PeopleOf(ReviewParticulars particulars) =>
        new[] { particulars.Child.Name, particulars.Referrer.Name }
            .Concat(particulars.Family.Select(f => f.Name))
            .Concat(particulars.Practitioners.Select(p => p.Name))
            .Where(n => !string.IsNullOrWhiteSpace(n));
}
