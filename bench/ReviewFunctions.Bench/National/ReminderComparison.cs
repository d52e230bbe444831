namespace ReviewFunctions.Bench.National;

/// <summary>
/// What was sent measured against what the oracle says was owed. Missed: owed and never sent. Duplicated: each send of
/// a reminder after its first. Late: the first send of an owed reminder came after the instant it was meant for.
/// Unexpected: sent though nothing was owed for that step, instant and type.
/// </summary>
internal sealed record ReminderComparison(int Expected, int Sent, int Missed, int Duplicated, int Late, int Unexpected, IReadOnlyList<string> Examples)
{
    /// <summary>How many disagreements are described in <see cref="Examples"/>, enough to find a pattern without flooding the output.</summary>
    public const int MaxExamples = 8;

    public static readonly ReminderComparison None = new(0, 0, 0, 0, 0, 0, []);

    public static ReminderComparison Compare(IReadOnlyCollection<ReminderKey> expected, IReadOnlyCollection<SentReminder> sent)
    {
        var owed = expected.ToHashSet();
        var examples = new List<string>();
        var (duplicated, late, unexpected) = (0, 0, 0);
        foreach (var sends in sent.GroupBy(s => s.Key))
        {
            var first = sends.MinBy(s => s.SentAt)!;
            duplicated += sends.Count() - 1;
            if (sends.Count() > 1)
            {
                Note(examples, $"duplicated ×{sends.Count()}", first.Key, first.SentAt);
            }

            if (!owed.Contains(sends.Key))
            {
                unexpected++;
                Note(examples, "unexpected", first.Key, first.SentAt);
            }
            else if (first.SentAt > sends.Key.Instant)
            {
                late++;
                Note(examples, "late", first.Key, first.SentAt);
            }
        }

        var sentKeys = sent.Select(s => s.Key).ToHashSet();
        var missed = 0;
        foreach (var key in owed.Where(k => !sentKeys.Contains(k)))
        {
            missed++;
            Note(examples, "missed", key, null);
        }

        return new ReminderComparison(owed.Count, sent.Count, missed, duplicated, late, unexpected, examples);
    }

    public ReminderComparison Add(ReminderComparison other) => new(
        Expected + other.Expected,
        Sent + other.Sent,
        Missed + other.Missed,
        Duplicated + other.Duplicated,
        Late + other.Late,
        Unexpected + other.Unexpected,
        [.. Examples.Concat(other.Examples).Take(MaxExamples)]);

    private static void Note(List<string> examples, string what, ReminderKey key, DateTimeOffset? sentAt)
    {
        if (examples.Count < MaxExamples)
        {
            examples.Add($"{what}: {key.Review} {key.Step}#{key.Occurrence} {key.Type} for {key.Instant:yyyy-MM-dd HH:mm:ss zzz}"
                + (sentAt is { } at ? $", sent at {at:yyyy-MM-dd HH:mm:ss zzz}" : string.Empty));
        }
    }
}
