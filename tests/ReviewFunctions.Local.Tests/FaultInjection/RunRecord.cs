using System.Text.Json;

namespace ReviewFunctions.Local.Tests.FaultInjection;

/// <summary>What one run of the scenario left behind, as its callers and the review's history and outbox show it.</summary>
/// <param name="History">Each event of the review's history by what it is (<see cref="EventKey"/>), without when it was written.</param>
/// <param name="People">What the host answered to each person's event, by the same key.</param>
/// <param name="Mail">Every message the mail endpoint accepted, by <see cref="MailKey"/>.</param>
/// <param name="Stopped">Whether the review was unfinished and its orchestration neither running nor pending.</param>
/// <param name="Status">The orchestration's runtime status at the end.</param>
internal sealed record RunRecord(
    IReadOnlyList<string> History,
    IReadOnlyList<PersonAnswer> People,
    IReadOnlyList<MailRecord> Mail,
    bool Stopped,
    string Status)
{
    /// <summary>The people's events the host answered 2xx to: each must be in the history.</summary>
    public IEnumerable<string> Acknowledged => People.Where(a => a.Status is >= 200 and < 300).Select(a => a.Key);

    /// <summary>Kind, step, occurrence and what else names an event; the instants it was written at differ between runs.</summary>
    public static string EventKey(JsonElement e) => string.Join(
        '|',
        new[] { "type", "step", "occurrence", "notice", "kind", "instant", "to", "outcome", "membershipVersion" }
            .Where(p => e.TryGetProperty(p, out _))
            .Select(p => $"{p}={e.GetProperty(p)}"));

    /// <summary>Whom, what and which notice: the custom arguments carry reference, notice, step, occurrence and group.</summary>
    public static MailRecord MailKey(JsonElement m)
    {
        var args = m.GetProperty("customArgs").EnumerateObject().OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => $"{a.Name}={a.Value.GetString()}");
        var to = m.GetProperty("to").EnumerateArray().Select(t => t.GetString()).Order(StringComparer.Ordinal);
        var categories = m.GetProperty("categories").EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList();
        var timer = categories.Any(c => c.StartsWith("review-reminder", StringComparison.Ordinal));
        var key = $"{string.Join(',', args)}|{string.Join(',', to)}|{m.GetProperty("subject").GetString()}";
        return new MailRecord(key, timer, m.TryGetProperty("answeredLate", out var late) && late.GetBoolean());
    }
}

/// <param name="Timer">A reminder or morning digest, which a timer sends, rather than a notice.</param>
/// <param name="AnsweredLate">Accepted, but the answer came after the sender had given up (an injected timeout).</param>
internal sealed record MailRecord(string Key, bool Timer, bool AnsweredLate);

/// <param name="Status">The HTTP status of the host's last answer, after any retries across kills.</param>
internal sealed record PersonAnswer(string Key, int Status);
