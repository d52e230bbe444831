namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>One review's summary for lists and dashboards. Free text about people never belongs here.</summary>
public sealed record ReviewIndexEntry(
    string Reference,
    string Kind,
    string Nation,
    string Stage,
    string? NextDueStep,
    DateTimeOffset? NextDue,
    int OverdueCount,
    bool Finished,
    DateTimeOffset UpdatedAt);
