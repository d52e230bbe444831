using System.Globalization;
using ReviewFunctions.Domain.Chronology;

namespace ReviewFunctions.Infrastructure.Chronology;

/// <summary>The merged timeline as the API gives it: each line with who else reported it, the gaps among them, and the files sent in.</summary>
public static class ChronologyJson
{
    public static object Of(string reference, ChronologyView view) => new
    {
        reference,
        gapDays = view.Merged.GapDays,
        upTo = Iso(view.Merged.UpTo),
        lastSeen = Iso(view.Merged.LastSeen),
        agencies = view.Merged.Agencies,
        timeline = view.Merged.Timeline().Select(Row),
        sent = view.Sent.Select(u => new
        {
            agency = u.Agency,
            fileName = u.FileName,
            uploadedAt = u.UploadedAt,
            uploadedBy = u.UploadedBy,
            accepted = u.Accepted,
            events = u.Reading.Entries.Count,
            problems = u.Reading.Problems.Select(p => p.Message),
        }),
    };

    private static object Row(TimelineRow row) => row switch
    {
        MergedLine line => new
        {
            type = "event",
            line = line.Number,
            agency = line.Entry.Agency,
            eventNumber = line.Entry.EventNumber,
            date = Iso(line.Entry.Date),
            time = line.Entry.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
            ageOfChild = line.Entry.AgeOfChild,
            familyMember = line.Entry.FamilyMember,
            childSeen = line.Entry.ChildSeen,
            @event = line.Entry.Event,
            source = line.Entry.AgencySource,
            actionTaken = line.Entry.ActionTaken,
            note = line.Entry.Note,
            alsoReportedBy = line.AlsoReportedBy,
        },
        SightingGap gap => (object)new
        {
            type = "gap",
            from = Iso(gap.From),
            to = Iso(gap.To),
            days = gap.Days,
            kind = gap.Kind.ToString(),
            description = TimelineText.Describe(gap),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(row), row.GetType().Name, "Not a timeline row."),
    };

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
