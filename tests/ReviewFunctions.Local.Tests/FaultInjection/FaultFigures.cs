namespace ReviewFunctions.Local.Tests.FaultInjection;

/// <summary>
/// One seed's figures: what the faulted run lost or repeated against the baseline (the same scenario with no faults and
/// no kills). Counts are of keys, so an event or message counts once per copy missing or extra.
/// </summary>
/// <param name="TimersMissed">Reminders and escalations the baseline recorded that the faulted run did not.</param>
/// <param name="DigestsMissed">Morning digests (reminder mail) the baseline sent that the faulted run did not send that day.</param>
/// <param name="AtLeastOnceCases">Kills plus sends answered after the sender gave up: each may repeat one send.</param>
internal sealed record FaultFigures(
    int Seed,
    int Kills,
    int StorageFaults,
    int LateMailAnswers,
    int EventsLost,
    int TimersMissed,
    int DigestsMissed,
    int NoticesLost,
    int NoticesDuplicated,
    int ReviewsStopped,
    int AtLeastOnceCases,
    IReadOnlyList<string> Missing)
{
    private static readonly string[] TimerEvents = ["type=\"reminder-sent\"", "type=\"escalated\""];

    public static FaultFigures Compare(int seed, int kills, int storageFaults, RunRecord baseline, RunRecord faulted)
    {
        var unrecorded = faulted.Acknowledged.Where(a => !faulted.History.Any(h => Covers(h, a)));
        var lostEvents = Shortfall(baseline.History, faulted.History).Concat(unrecorded).ToList();
        var lostMail = Shortfall(baseline.Mail.Select(m => m.Key), faulted.Mail.Select(m => m.Key));
        var timerMail = baseline.Mail.Where(m => m.Timer).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var timerEvents = lostEvents.Where(e => TimerEvents.Any(t => e.StartsWith(t, StringComparison.Ordinal))).ToList();
        var late = faulted.Mail.Count(m => m.AnsweredLate);
        return new FaultFigures(
            seed,
            kills,
            storageFaults,
            late,
            lostEvents.Count,
            timerEvents.Count,
            lostMail.Count(timerMail.Contains),
            lostMail.Count(k => !timerMail.Contains(k)),
            Shortfall(faulted.Mail.Select(m => m.Key), baseline.Mail.Select(m => m.Key)).Count,
            faulted.Stopped ? 1 : 0,
            kills + late,
            [.. lostEvents.Select(e => $"event {e} ({Answered(faulted, e)})"), .. lostMail.Select(m => "mail " + m.Split('|')[0])]);
    }

    /// <summary>What the faulted run's caller was told about a missing event: a person's event answered 2xx is a lost acknowledgement.</summary>
    private static string Answered(RunRecord faulted, string key) =>
        faulted.People.LastOrDefault(a => a.Key == key) is { } answer ? $"the host answered {answer.Status}" : "the system's own";

    /// <summary>Whether a recorded event is the one a person sent: the history adds what the engine fills in (a step's occurrence).</summary>
    private static bool Covers(string recorded, string sent)
    {
        var parts = recorded.Split('|');
        return sent.Split('|').All(parts.Contains);
    }

    /// <summary>Each key as many times as <paramref name="wanted"/> has it more often than <paramref name="got"/>.</summary>
    private static List<string> Shortfall(IEnumerable<string> wanted, IEnumerable<string> got)
    {
        var left = got.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var key in wanted)
        {
            if (left.GetValueOrDefault(key) > 0)
            {
                left[key]--;
            }
            else
            {
                missing.Add(key);
            }
        }

        return missing;
    }
}
