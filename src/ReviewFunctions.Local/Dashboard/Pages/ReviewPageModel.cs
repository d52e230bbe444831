using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Chronology;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard.Forms;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// Everything the review page shows: the review as the API gives it, its history with who recorded each event, its
/// kept letters, who is looking, and a form that came back.
/// </summary>
public sealed record ReviewPageModel(
    ReviewView Review,
    ReviewState State,
    IReadOnlyList<RecordedEvent> History,
    ProcedureCatalogue Catalogue,
    IReadOnlyList<DocumentListing> Letters,
    ClockView Clock,
    Visitor Visitor,
    string Token,
    PostedForm? Posted = null,
    string? Recorded = null,
    ChronologyView? Chronology = null,
    string? ChronologyAgency = null,
    string? ChronologyProblem = null)
{
    public Procedure? Procedure => Catalogue.Find(Review.Kind);

    public bool ReviewHeld => Review.Decision?.Outcome == "review";

    public FormValues ValuesFor(string form) => Posted?.Form == form ? Posted.Values : FormValues.None;

    public string? ErrorFor(string form, string fieldId) => Posted?.Form == form ? Posted.ErrorFor(fieldId) : null;

    /// <summary>
    /// Whether the visitor may record an event like <paramref name="probe"/>, so that a form is offered only to people
    /// who can use it. A new member's address is taken to be inside the partnership: the form asks for it, and the API
    /// checks it when the form is sent.
    /// </summary>
    public bool May(ReviewEvent probe, string? justification = null) =>
        Visitor.Caller is { } caller && Procedure is { } procedure
        && ReviewPermissions.CanRecord(caller, State, procedure, probe, justification, _ => true).Allowed;
}
