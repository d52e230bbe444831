using System.Globalization;
using ReviewFunctions.Domain.Reports.Timeliness;

namespace ReviewFunctions.Infrastructure.Reports;

/// <summary>The timeliness report as the API gives it: JSON for programs, CSV (one row per step) for a spreadsheet.</summary>
public static class TimelinessOutputs
{
    public static object Json(TimelinessReport report) => new
    {
        period = new { from = Iso(report.Period.From), to = Iso(report.Period.To) },
        at = report.At,
        unit = "working days of each review's nation; negative is early",
        steps = report.Steps.Select(s => new
        {
            reference = s.Reference,
            kind = s.Kind,
            nation = s.Nation,
            step = s.Step,
            occurrence = s.Occurrence,
            title = s.Title,
            owner = s.Owner,
            stage = s.Stage,
            due = s.Due.ToIsoString(),
            originalDue = s.OriginalDue?.ToIsoString(),
            extensionReason = s.ExtensionReason,
            doneAt = s.DoneAt,
            status = Status(s.Status),
            workingDaysLate = s.WorkingDaysLate,
        }),
        all = Group(report.All),
        byReview = report.ByReview.Select(Group),
        byKind = report.ByKind.Select(Group),
        byStage = report.ByStage.Select(Group),
        byOwner = report.ByOwner.Select(Group),
        byStep = report.ByStep.Select(Group),
    };

    public static string Csv(TimelinessReport report)
    {
        var csv = new CsvText("reference", "kind", "nation", "stage", "step", "occurrence", "title", "owner", "due", "original_due", "extension_reason", "done_at", "status", "working_days_late");
        foreach (var s in report.Steps)
        {
            csv.Row(s.Reference, s.Kind, s.Nation, s.Stage, s.Step, s.Occurrence, s.Title, s.Owner, s.Due.ToIsoString(), s.OriginalDue?.ToIsoString(),
                s.ExtensionReason, s.DoneAt?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture), Status(s.Status), s.WorkingDaysLate);
        }

        return csv.ToString();
    }

    public static string Status(TimelinessStatus status) => status switch
    {
        TimelinessStatus.OnTime => "on-time",
        TimelinessStatus.Late => "late",
        TimelinessStatus.Overdue => "overdue",
        _ => "not-yet-due",
    };

    private static object Group(TimelinessGroup g) => new
    {
        key = g.Key,
        title = g.Title,
        steps = g.Steps,
        onTime = g.OnTime,
        late = g.Late,
        overdue = g.Overdue,
        notYetDue = g.NotYetDue,
        extended = g.Extended,
        medianWorkingDaysLate = g.MedianWorkingDaysLate,
        p90WorkingDaysLate = g.P90WorkingDaysLate,
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
