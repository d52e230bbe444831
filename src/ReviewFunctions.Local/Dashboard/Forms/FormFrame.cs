using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>
/// The section, heading and form element every review form shares, with the anti-forgery token. Who records it is
/// the signed-in person, never a field: the page says who that is, and the API takes it from the sign-in.
/// </summary>
public static class FormFrame
{
    public static void Write(HtmlBuilder html, ReviewPageModel model, IReviewForm form, string heading, string? introduction, Action<HtmlBuilder> fields, string button, string buttonStyle = "")
    {
        html.Add($"""
            <section class="record-form" aria-labelledby="{Whole(form)}">
            <h3 id="{Whole(form)}">{heading}</h3>

            """);
        if (introduction is not null)
        {
            html.Add($"<p>{introduction}</p>\n");
        }

        if (model.ErrorFor(form.Name, Whole(form)) is { } refusal)
        {
            html.Add($"""<p class="error-message" id="{form.Name}-error"><span class="visually-hidden">Error:</span> {refusal}</p>""");
        }

        html.Add($"""<form method="post" action="{DashboardPaths.Form(model.Review.Reference, form.Name)}" novalidate>""");
        Fields.Token(html, model.Token);
        fields(html);
        Fields.Button(html, button, buttonStyle);
        html.Add($"</form>\n</section>\n");
    }

    /// <summary>
    /// Where a problem with the form as a whole is shown and linked to: its heading. A refusal for who the person is
    /// (their role, their membership) is about no one field.
    /// </summary>
    public static string Whole(IReviewForm form) => form.Name + "-heading";

    /// <summary>Picks the field an engine message is about by the words it uses; the first field when none match.</summary>
    public static string FieldFor(string problem, string first, params (string Word, string FieldId)[] words) =>
        words.FirstOrDefault(w => problem.Contains(w.Word, StringComparison.OrdinalIgnoreCase)).FieldId ?? first;

    /// <summary>The reason a person gives for recording for someone else: the API keeps it with the event, in the history.</summary>
    public static Field Justification(string form, string label, string hint) =>
        new($"{form}-justification", PersonEvents.JustificationField, label, hint);
}
