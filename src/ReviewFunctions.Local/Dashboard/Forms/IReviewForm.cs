using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>
/// One thing a person records on a review. The form only builds the same event the API takes; whether it may be
/// recorded is the engine's decision, and its refusal is shown against the field it is about.
/// </summary>
public interface IReviewForm
{
    /// <summary>The last segment of the form's address and the word that says what was recorded.</summary>
    string Name { get; }

    /// <summary>What the success banner says once the engine has recorded it.</summary>
    string Done { get; }

    bool Applies(ReviewPageModel model);

    FormReading Read(FormValues values, ReviewPageModel model);

    /// <summary>The id of the field an engine refusal is about, so the error summary links to it.</summary>
    string FieldFor(string problem, FormValues values);

    void Render(HtmlBuilder html, ReviewPageModel model);
}
