using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// A notice message may go in parts: first to everyone who could be reached ("main"), later to someone whose address
/// arrived since ("main-part2", "main-part3"). Each part is a row of the ledger naming whom it reached, so a later run writes
/// only to those not yet reached and never to anyone twice.
/// </summary>
internal static class NoticeParts
{
    private const string PartSuffix = "-part";

    /// <summary>The parts of this message already sent, in the order they went.</summary>
    public static IReadOnlyList<(string Part, LedgerEntry Entry)> Of(string group, IReadOnlyDictionary<string, LedgerEntry> sent) =>
        [.. sent.Where(s => s.Key == group || s.Key.StartsWith(group + PartSuffix, StringComparison.Ordinal)).Select(s => (s.Key, s.Value)).OrderBy(s => s.Value.At).ThenBy(s => s.Key, StringComparer.Ordinal)];

    public static string Next(string group, int partsSent) =>
        partsSent == 0 ? group : group + PartSuffix + (partsSent + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Recipients of the message that no part has reached. A part recorded without its list reached everyone.</summary>
    public static IReadOnlyList<Recipient> NotYetReached(NoticeMessage message, IReadOnlyList<(string Part, LedgerEntry Entry)> parts)
    {
        if (parts.Any(p => p.Entry.To is null))
        {
            return [];
        }

        var reached = parts.SelectMany(p => p.Entry.To!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. message.To.Where(r => !reached.Contains(r.Email))];
    }

    /// <summary>The message as one part sent it: to those it reached, its letters named for the part so none overwrites another's.</summary>
    public static NoticeMessage Restrict(NoticeMessage message, string part, IReadOnlyList<string>? to)
    {
        var recipients = to is null ? message.To : [.. message.To.Where(r => to.Contains(r.Email, StringComparer.OrdinalIgnoreCase))];
        if (part == message.Group)
        {
            return message with { To = recipients };
        }

        var prefix = message.Group + "-";
        return message with
        {
            Group = part,
            To = recipients,
            Attachments = [.. message.Attachments.Select(a => a with { Name = a.Name.StartsWith(prefix, StringComparison.Ordinal) ? part + a.Name[message.Group.Length..] : $"{part}-{a.Name}" })],
        };
    }
}
