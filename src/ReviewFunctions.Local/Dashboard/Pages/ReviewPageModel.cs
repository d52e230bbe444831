using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard.Forms;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>Everything the review page shows: the review as the API gives it, its kept letters, and a form that came back.</summary>
public sealed record ReviewPageModel(
    ReviewView Review,
    ProcedureCatalogue Catalogue,
    IReadOnlyList<DocumentListing> Letters,
    ClockView Clock,
    string Token,
    PostedForm? Posted = null,
    string? Recorded = null)
{
    public Procedure? Procedure => Catalogue.Find(Review.Kind);

    public bool ReviewHeld => Review.Decision?.Outcome == "review";

    public FormValues ValuesFor(string form) => Posted?.Form == form ? Posted.Values : FormValues.None;

    public string? ErrorFor(string form, string fieldId) => Posted?.Form == form ? Posted.ErrorFor(fieldId) : null;
}
