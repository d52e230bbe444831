namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// What the catalogue knows about one notice id: whom it is written for, which template writes it, whether it leaves
/// the partnership (and so is anonymised), which dates of the review it quotes, and what goes with it.
/// </summary>
/// <param name="Dates">Template date fields, each with the steps whose due date it quotes; the first step the review's procedure has is used.</param>
/// <param name="Enclosures">Templates sent with the notice as separate documents, such as the family leaflet.</param>
/// <param name="Kinds">Changes for particular review kinds, where one id means something else in that procedure.</param>
public sealed record NoticeEntry(
    string Id,
    string Title,
    NoticeAudience Audience,
    string Template,
    bool LeavesPartnership,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Dates,
    IReadOnlyList<string> Enclosures,
    IReadOnlyDictionary<string, NoticeKindChange> Kinds)
{
    /// <summary>The entry as it applies to one review kind.</summary>
    public NoticeEntry For(string kind) => Kinds.TryGetValue(kind, out var change)
        ? this with
        {
            Audience = change.Audience ?? Audience,
            Template = change.Template ?? Template,
            LeavesPartnership = change.LeavesPartnership ?? LeavesPartnership,
            Enclosures = change.Enclosures ?? Enclosures,
            Kinds = new Dictionary<string, NoticeKindChange>(),
        }
        : this;
}

public sealed record NoticeKindChange(NoticeAudience? Audience, string? Template, bool? LeavesPartnership, IReadOnlyList<string>? Enclosures);
