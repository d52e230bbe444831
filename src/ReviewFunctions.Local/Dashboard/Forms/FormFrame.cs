using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>The section, heading and form element every review form shares, with the anti-forgery token.</summary>
public static class FormFrame
{
    public static void Write(HtmlBuilder html, ReviewPageModel model, IReviewForm form, string heading, string? introduction, Action<HtmlBuilder> fields, string button, string buttonStyle = "")
    {
        html.Add($"""
            <section class="record-form" aria-labelledby="{form.Name}-heading">
            <h3 id="{form.Name}-heading">{heading}</h3>

            """);
        if (introduction is not null)
        {
            html.Add($"<p>{introduction}</p>\n");
        }

        html.Add($"""<form method="post" action="{DashboardPaths.Form(model.Review.Reference, form.Name)}" novalidate>""");
        Fields.Token(html, model.Token);
        fields(html);
        Fields.Button(html, button, buttonStyle);
        html.Add($"</form>\n</section>\n");
    }

    /// <summary>Picks the field an engine message is about by the words it uses; the first field when none match.</summary>
    public static string FieldFor(string problem, string first, params (string Word, string FieldId)[] words) =>
        words.FirstOrDefault(w => problem.Contains(w.Word, StringComparison.OrdinalIgnoreCase)).FieldId ?? first;

    /// <summary>Who is recording: every person event says who, and the engine refuses one that does not.</summary>
    public static Field By(string form) =>
        new($"{form}-by", "by", "Recorded by", "Your name or work email address. It is kept with what you record.");
}
