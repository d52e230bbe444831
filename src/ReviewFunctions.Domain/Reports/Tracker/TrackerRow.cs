namespace ReviewFunctions.Domain.Reports.Tracker;

/// <summary>
/// One review as the NHS England Safeguarding Case Review Tracker records it (docs/REPORTS.md maps each field). What
/// the product does not hold (the StEIS number, the designated professional, the learning in words) is left for the
/// designated professional to add.
/// </summary>
public sealed record TrackerRow(
    string LocalReference,
    string Partnership,
    string TypeOfReview,
    string? Comments,
    DateOnly? IncidentDate,
    DateOnly DateAdded,
    bool Open,
    string CurrentStage,
    string? NextStep,
    string? NextDue,
    int OverdueSteps,
    string? Theme1,
    string? Theme2,
    string? Theme3,
    DateOnly? ReportSignedOff,
    DateOnly? Published,
    string? PublicationLink,
    int ActionsAgreed,
    int ActionsComplete);
