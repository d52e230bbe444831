namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// The names a notice outside the partnership uses instead of people's own: the child is always "Child A", family
/// members go by their relationship (Mother; Father; Sibling 1, 2… oldest first; others by their relationship, numbered
/// when two share one), practitioners by their agency. The same particulars always give the same aliases.
/// </summary>
public sealed class AliasBook
{
    public const string ChildAlias = "Child A";

    private readonly Dictionary<FamilyMember, string> family;
    private readonly Dictionary<Practitioner, string> practitioners;

    private AliasBook(Dictionary<FamilyMember, string> family, Dictionary<Practitioner, string> practitioners)
    {
        this.family = family;
        this.practitioners = practitioners;
    }

    public static string Child => ChildAlias;

    public static AliasBook For(ReviewParticulars particulars)
    {
        var nameWords = NameWords(particulars);
        var labelled = particulars.Family
            .Select((member, index) => (Member: member, Index: index, Relationship: Relationship.Read(member.Relationship)))
            .Select(x => (x.Member, x.Index, x.Relationship, Label: MentionsAName(x.Relationship.Label, nameWords) ? "Family member" : x.Relationship.Label))
            .ToList();

        var family = new Dictionary<FamilyMember, string>(ReferenceEqualityComparer.Instance);
        var siblings = labelled.Where(x => x.Relationship.IsSibling)
            .OrderBy(x => x.Member.DateOfBirth ?? DateOnly.MaxValue)
            .ThenBy(x => x.Index)
            .ToList();
        for (var i = 0; i < siblings.Count; i++)
        {
            family[siblings[i].Member] = $"Sibling {i + 1}";
        }

        foreach (var group in labelled.Where(x => !x.Relationship.IsSibling).GroupBy(x => x.Label, StringComparer.OrdinalIgnoreCase))
        {
            var members = group.OrderBy(x => x.Index).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                family[members[i].Member] = members.Count == 1 ? members[i].Label : $"{members[i].Label} {i + 1}";
            }
        }

        var byPractitioner = new Dictionary<Practitioner, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < particulars.Practitioners.Count; i++)
        {
            byPractitioner[particulars.Practitioners[i]] = $"Practitioner {i + 1}";
        }

        return new AliasBook(family, byPractitioner);
    }

    public string Of(FamilyMember member) =>
        family.TryGetValue(member, out var alias) ? alias : throw new ArgumentException("That person is not in these particulars.", nameof(member));

    public string Of(Practitioner practitioner) =>
        practitioners.TryGetValue(practitioner, out var alias) ? alias : throw new ArgumentException("That person is not in these particulars.", nameof(practitioner));

    /// <summary>Every family alias, in the order the form lists the family.</summary>
    public IReadOnlyList<string> FamilyAliases(ReviewParticulars particulars) => [.. particulars.Family.Select(Of)];

    private static HashSet<string> NameWords(ReviewParticulars particulars) =>
        new(SensitiveDetails.PeopleOf(particulars).SelectMany(p => PersonName.Parse(p).Words), StringComparer.OrdinalIgnoreCase);

    /// <summary>A relationship written as "Kerry's partner" would carry a name into the alias, so it becomes "Family member".</summary>
    private static bool MentionsAName(string label, HashSet<string> nameWords) =>
        label.Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > 1 && nameWords.Contains(w) && !IsRelationshipWord(w));

    private static bool IsRelationshipWord(string word) =>
        word.ToLowerInvariant() is "mother" or "father" or "partner" or "s" or "grandmother" or "grandfather" or "aunt" or "uncle";
}
