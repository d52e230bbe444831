using System.Globalization;
using ReviewFunctions.Domain.Reports.Tracker;

namespace ReviewFunctions.Infrastructure.Reports;

/// <summary>The case review tracker export: one CSV row per review, in the tracker's own field names where it has them.</summary>
public static class TrackerOutputs
{
    public static readonly string[] Columns =
    [
        "local_reference", "steis_number", "safeguarding_partnership", "type_of_review", "comments", "date_of_incident", "date_added",
        "status", "current_stage", "next_step", "next_due", "overdue_steps", "theme_1", "theme_2", "theme_3", "report_signed_off",
        "publication_date", "publication_link", "actions_agreed", "actions_complete", "designated_professional", "learning",
    ];

    /// <summary>A tracker field the product does not hold, left empty for the designated professional.</summary>
    private static readonly CsvCell NotHeld = new(string.Empty);

    public static string Csv(IEnumerable<TrackerRow> rows)
    {
        var csv = new CsvText(Columns);
        foreach (var r in rows)
        {
            csv.Row(
                r.LocalReference, NotHeld, r.Partnership, r.TypeOfReview, r.Comments, Iso(r.IncidentDate), Iso(r.DateAdded),
                r.Open ? "Open" : "Closed", r.CurrentStage, r.NextStep, r.NextDue, r.OverdueSteps, r.Theme1, r.Theme2, r.Theme3, Iso(r.ReportSignedOff),
                Iso(r.Published), r.PublicationLink, r.ActionsAgreed, r.ActionsComplete, NotHeld, NotHeld);
        }

        return csv.ToString();
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
