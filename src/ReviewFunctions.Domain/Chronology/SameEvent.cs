namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// Tells whether two agencies' entries look like one event: the same day; the same time, or no time on one of them
/// (agencies often record a meeting without its time); and either the same words once case, punctuation and spacing
/// are set aside, or word sets that overlap by at least <see cref="MinimumOverlap"/> (Jaccard: shared words over all
/// words). Only words of three letters or more count, less a few fillers ("the", "with", "about"), so "Strategy
/// meeting held with police and school" and "Attended strategy meeting with school and police" are one event. The
/// threshold is set high because a wrong match hides an agency's own account of a day; a missed one only leaves two
/// lines the panel reads side by side anyway.
/// </summary>
internal static class SameEvent
{
    public const double MinimumOverlap = 0.6;

    private const int ShortestWord = 3;

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "was", "were", "has", "had", "have", "her", "his", "him", "she", "they", "them",
        "their", "this", "that", "from", "into", "about", "not", "but", "are", "who", "its",
    };

    /// <summary>An event's text made ready for comparison once, since each entry is compared with all others of its day.</summary>
    public sealed record Wording(string Plain, IReadOnlySet<string> Words);

    public static Wording Of(string text)
    {
        var words = Split(text);
        return new Wording(string.Join(' ', words), words.Where(w => w.Length >= ShortestWord && !Fillers.Contains(w)).ToHashSet(StringComparer.Ordinal));
    }

    public static bool Alike(ChronologyEntry a, Wording aWording, ChronologyEntry b, Wording bWording) =>
        a.Date == b.Date
        && (a.Time is null || b.Time is null || a.Time == b.Time)
        && ((aWording.Plain.Length > 0 && aWording.Plain == bWording.Plain) || Overlap(aWording.Words, bWording.Words) >= MinimumOverlap);

    /// <summary>Shared words over all words of the two; 0 when either has none.</summary>
    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>Runs of letters and digits, in lower case; an apostrophe splits ("children's" gives "children" and "s").</summary>
    private static List<string> Split(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
