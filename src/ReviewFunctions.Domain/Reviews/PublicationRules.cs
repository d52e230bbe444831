using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>
/// What a review allows of its publication: recording it once, with the day it went online and where; an embargo
/// before it (criminal proceedings, usually); and the lifting of that embargo with the date publication is now due.
/// </summary>
internal static class PublicationRules
{
    public static (ReviewEvent?, Rejection?) Check(ReviewState state, IReadOnlyList<ScheduledStep> schedule, ReviewEvent e)
    {
        var publication = schedule.FirstOrDefault(s => s.Definition.Completion == StepCompletion.Published);
        if (publication is null)
        {
            return Conflict($"A {state.Kind} review's report is not published, so there is no publication to record or hold.");
        }

        if (!state.ReviewHeld)
        {
            return Conflict("There is no report to publish until the Board decides to hold the review.");
        }

        return e switch
        {
            PublicationRecorded p => CheckPublication(state, p),
            EmbargoRecorded x => state.Publication is not null ? Conflict($"The report was published on {state.Publication.PublishedOn:yyyy-MM-dd}; it is too late to hold it.")
                : state.Embargoed ? Conflict($"Publication is already held, since {UkDates.Written(state.Embargo!.At)}.")
                : string.IsNullOrWhiteSpace(x.Reason) ? Invalid("Give the reason publication must wait, such as \"criminal proceedings are under way\", without naming anyone.")
                : (x with { Reason = x.Reason.Trim() }, null),
            EmbargoLifted l => !state.Embargoed ? Conflict("Publication is not held, so there is no embargo to lift.")
                : l.PublishBy < UkTime.ToUkDate(l.At) ? Invalid($"The new publication date {l.PublishBy:yyyy-MM-dd} is in the past; give the date the report is now to be published by.")
                : (l, null),
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "Not a publication event."),
        };
    }

    private static (ReviewEvent?, Rejection?) CheckPublication(ReviewState state, PublicationRecorded p)
    {
        if (state.Publication is { } earlier)
        {
            return Conflict($"The report's publication was already recorded: {earlier.PublishedOn:yyyy-MM-dd}.");
        }

        if (state.Embargoed)
        {
            return Conflict("Publication is held by an embargo; the chair lifts it, with the new publication date, first.");
        }

        if (p.PublishedOn > UkTime.ToUkDate(p.At))
        {
            return Invalid($"{p.PublishedOn:yyyy-MM-dd} is in the future; record the publication once the report is online.");
        }

        if (p.PublishedOn < UkTime.ToUkDate(state.Decision!.At))
        {
            return Invalid($"{p.PublishedOn:yyyy-MM-dd} is before the Board decided to hold the review ({state.Decision.At:yyyy-MM-dd}).");
        }

        return Uri.TryCreate(p.Link?.Trim(), UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps
            ? (p with { Link = link.AbsoluteUri }, null)
            : Invalid("Give the web address the report is published at, starting https://.");
    }

    private static (ReviewEvent?, Rejection?) Invalid(string message) => (null, new Rejection(RejectionKind.Invalid, message));

    private static (ReviewEvent?, Rejection?) Conflict(string message) => (null, new Rejection(RejectionKind.Conflict, message));
}
