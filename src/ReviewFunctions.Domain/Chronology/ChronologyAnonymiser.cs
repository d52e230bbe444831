using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// The merged timeline fit to leave the partnership: people's names in the free-text columns become the aliases the
/// notices use (<see cref="AliasBook"/>: "Child A", "Mother", "Practitioner 2"). Agencies keep their names, and dates
/// stay, since a chronology is its dates. Replacing names cannot be proved complete (a nickname, a misspelling), so
/// whoever sends the result checks it first with <see cref="Leaks"/>, the same check every notice passes.
/// </summary>
public static class ChronologyAnonymiser
{
    /// <summary>Titles a surname is written after, in letters and by police and health staff.</summary>
    private static readonly string[] Titles = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "DS", "DC", "PC", "Sgt", "Nurse"];

    /// <summary>
    /// The aliases of everyone in the review's particulars, by full name and, where it points at one person only, by
    /// first name, by surname after a title ("Ms Marsh") and by surname alone. A name shared by two people, or one
    /// that is also an everyday word ("Crane", "May"), is left out on its own: replacing it could change the wrong
    /// words, and <see cref="Leaks"/> still finds it where it is used as a name. Add to the result before use to cover more.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AliasesFor(ReviewParticulars particulars)
    {
        ArgumentNullException.ThrowIfNull(particulars);
        var book = AliasBook.For(particulars);
        var people = new List<(PersonName Name, string Alias)> { (PersonName.Parse(particulars.Child.Name), AliasBook.Child) };
        people.AddRange(particulars.Family.Select(f => (PersonName.Parse(f.Name), book.Of(f))));
        people.AddRange(particulars.Practitioners.Select(p => (PersonName.Parse(p.Name), book.Of(p))));
        people.Add((PersonName.Parse(particulars.Referrer.Name), "Referrer"));
        people.RemoveAll(p => p.Name.Words.Count == 0);

        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, alias) in people)
        {
            aliases.TryAdd(name.Full, alias);
            aliases.TryAdd(string.Join(' ', name.Words), alias);
        }

        var peopleByWord = people
            .SelectMany(p => p.Name.Words.Distinct(StringComparer.OrdinalIgnoreCase).Select(w => (Word: w, Person: string.Join(' ', p.Name.Words))))
            .GroupBy(x => x.Word, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Person).Distinct(StringComparer.OrdinalIgnoreCase).Count(), StringComparer.OrdinalIgnoreCase);
        foreach (var (name, alias) in people)
        {
            if (name.First is { } first && peopleByWord[first] == 1 && IsDistinctive(first))
            {
                aliases.TryAdd(first, alias);
            }

            if (name.Last is { } last && peopleByWord[last] == 1)
            {
                foreach (var title in Titles)
                {
                    aliases.TryAdd($"{title} {last}", alias);
                }

                if (IsDistinctive(last))
                {
                    aliases.TryAdd(last, alias);
                }
            }
        }

        return aliases;
    }

    /// <summary>The timeline with names replaced in every free-text column; numbers, dates, agencies and links are kept.</summary>
    /// <param name="aliases">Alias by name, such as <see cref="AliasesFor"/> gives or the caller's own.</param>
    public static MergedChronology Anonymise(MergedChronology chronology, IReadOnlyDictionary<string, string> aliases)
    {
        ArgumentNullException.ThrowIfNull(chronology);
        ArgumentNullException.ThrowIfNull(aliases);
        var replacement = new AliasReplacement(aliases);
        return chronology with
        {
            Lines = [.. chronology.Lines.Select(line => line with
            {
                Entry = line.Entry with
                {
                    AgeOfChild = replacement.Replace(line.Entry.AgeOfChild),
                    FamilyMember = replacement.Replace(line.Entry.FamilyMember),
                    Event = replacement.Replace(line.Entry.Event),
                    AgencySource = replacement.Replace(line.Entry.AgencySource),
                    ActionTaken = replacement.Replace(line.Entry.ActionTaken),
                    Note = replacement.Replace(line.Entry.Note),
                },
            })],
        };
    }

    /// <summary>The kinds of personal detail still in the free-text columns (names, dates of birth, addresses); empty when none. It fails closed, like the notices' check.</summary>
    public static IReadOnlySet<LeakKind> Leaks(MergedChronology chronology, SensitiveDetails details)
    {
        ArgumentNullException.ThrowIfNull(chronology);
        ArgumentNullException.ThrowIfNull(details);
        var texts = chronology.Lines
            .SelectMany(l => new[] { l.Entry.AgeOfChild, l.Entry.FamilyMember, l.Entry.Event, l.Entry.AgencySource, l.Entry.ActionTaken, l.Entry.Note })
            .Where(t => t.Length > 0)
            .ToArray();
        return AnonymisationGate.Check(details, texts);
    }

    private static bool IsDistinctive(string word) => word.Length > 2 && !OrdinaryWords.Contains(word);
}
