namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// A notice written out for every recipient with an address, ready to send, with <see cref="Missing"/> naming those
/// without one; or, with <see cref="Leaks"/> found by the anonymisation gate, a notice that must not go at all.
/// </summary>
public sealed record ComposedNotice(NoticeEntry Entry, IReadOnlyList<NoticeMessage> Messages, IReadOnlySet<LeakKind> Leaks, IReadOnlyList<string> Missing)
{
    public bool Blocked => Leaks.Count > 0;
}

/// <summary>
/// One e-mail of a notice: the shared letter to its direct recipients (group "main"), its anonymised copy for those of
/// them outside the partnership when others are inside ("outside"), one practitioner's letter to their agency
/// ("practitioner-N"), or the family letters to whoever delivers them ("family"). Every letter and enclosure is also
/// a <see cref="NoticeDocument"/> kept in the review's evidence.
/// </summary>
public sealed record NoticeMessage(string Group, IReadOnlyList<Recipient> To, RenderedNotice Body, IReadOnlyList<NoticeDocument> Attachments, bool Anonymised);

/// <summary>A letter or leaflet kept as a document. <see cref="Name"/> never holds personal details.</summary>
public sealed record NoticeDocument(string Name, RenderedNotice Content);
