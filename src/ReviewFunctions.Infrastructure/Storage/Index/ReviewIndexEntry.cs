namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// One review's summary for lists and dashboards. Free text about people never belongs here; <see cref="Members"/>
/// holds the review members' work addresses (lower case) so a participant's list shows only their own reviews.
/// </summary>
public sealed record ReviewIndexEntry(
    string Reference,
    string Kind,
    string Nation,
    string Stage,
    string? NextDueStep,
    DateTimeOffset? NextDue,
    int OverdueCount,
    bool Finished,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string>? Members = null)
{
    public bool HasMember(string? email) =>
        email is not null && (Members ?? []).Contains(email.Trim().ToLowerInvariant(), StringComparer.Ordinal);
}
