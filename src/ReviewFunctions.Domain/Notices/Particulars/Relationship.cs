namespace ReviewFunctions.Domain.Notices;

/// <summary>A relationship to the child as a notice may write it, worked out from the words on the referral form.</summary>
public sealed record Relationship(string Label, bool IsSibling, bool IsParentOrCarer)
{
    private static readonly Dictionary<string, Relationship> Known = Build();

    /// <summary>
    /// The plain label for what the form says ("mum" → Mother, "half-brother" → sibling). Anything else keeps its own
    /// words in sentence case if they are short and simple; the alias book still checks them for names.
    /// </summary>
    public static Relationship Read(string? written)
    {
        var key = Normalise(written);
        if (Known.TryGetValue(key, out var known))
        {
            return known;
        }

        var simple = key.Length is > 0 and <= 40 && key.All(c => char.IsLetter(c) || c is ' ' or '\'' or '-');
        return new Relationship(simple ? char.ToUpperInvariant(key[0]) + key[1..] : "Family member", false, false);
    }

    private static string Normalise(string? written) =>
        string.Join(' ', (written ?? string.Empty).Trim().ToLowerInvariant().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, Relationship> Build()
    {
        var map = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        void Add(string label, bool sibling, bool parent, params string[] words)
        {
            foreach (var word in words)
            {
                map[word] = new Relationship(label, sibling, parent);
            }
        }

        Add("Mother", false, true, "mother", "mum", "mom", "birth mother", "natural mother");
        Add("Father", false, true, "father", "dad", "birth father", "natural father");
        Add("Stepmother", false, true, "stepmother", "step-mother", "step mother");
        Add("Stepfather", false, true, "stepfather", "step-father", "step father");
        Add("Adoptive mother", false, true, "adoptive mother");
        Add("Adoptive father", false, true, "adoptive father");
        Add("Guardian", false, true, "guardian", "legal guardian");
        Add("Special guardian", false, true, "special guardian");
        Add("Foster carer", false, true, "foster carer", "foster mother", "foster father");
        Add("Carer", false, true, "carer", "kinship carer");
        Add("Sibling", true, false, "sibling", "brother", "sister", "half-brother", "half-sister", "half brother", "half sister",
            "step-brother", "step-sister", "stepbrother", "stepsister", "twin");
        Add("Grandmother", false, false, "grandmother", "grandma", "nan", "nana", "gran");
        Add("Grandfather", false, false, "grandfather", "grandad", "grandpa");
        Add("Maternal grandmother", false, false, "maternal grandmother");
        Add("Maternal grandfather", false, false, "maternal grandfather");
        Add("Paternal grandmother", false, false, "paternal grandmother");
        Add("Paternal grandfather", false, false, "paternal grandfather");
        Add("Aunt", false, false, "aunt", "auntie", "aunty");
        Add("Uncle", false, false, "uncle");
        Add("Cousin", false, false, "cousin");
        Add("Mother's partner", false, false, "mother's partner", "mum's partner", "mothers partner", "mother's boyfriend", "mother's girlfriend");
        Add("Father's partner", false, false, "father's partner", "dad's partner", "fathers partner", "father's girlfriend", "father's boyfriend");
        Add("Partner", false, false, "partner");
        return map;
    }
}
