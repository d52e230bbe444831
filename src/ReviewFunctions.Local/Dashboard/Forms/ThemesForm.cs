using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>The review's themes, up to three, as the national case review tracker records them.</summary>
public sealed class ThemesForm : IReviewForm
{
    private static readonly Field[] Themes =
    [
        new("theme-1", "theme1", "First theme", "For example, neglect, domestic abuse or parental mental health."),
        new("theme-2", "theme2", "Second theme (optional)"),
        new("theme-3", "theme3", "Third theme (optional)"),
    ];

    public string Name => "themes";

    public string Done => "The review's themes have been recorded.";

    public bool Applies(ReviewPageModel model) => !model.Review.Finished && model.May(new ThemesRecorded(model.Clock.Now, [], string.Empty));

    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        var given = Themes.Select(t => values.Trimmed(t.Name)).OfType<string>().ToList();
        return given.Count == 0
            ? new FormReading(null, [new FieldError(Themes[0].Id, "Enter at least one theme")])
            : FormReading.Of(new JsonObject { ["type"] = "themes-recorded", ["themes"] = new JsonArray([.. given.Select(t => (JsonNode)t)]) });
    }

    public string FieldFor(string problem, FormValues values) => Themes[0].Id;

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        var current = model.State.Themes;
        FormFrame.Write(html, model, this, "Record the review's themes", "Up to three, as the national case review tracker records them. A new set replaces the last.", h =>
        {
            for (var i = 0; i < Themes.Length; i++)
            {
                var value = model.Posted?.Form == Name ? values.Get(Themes[i].Name) : current.ElementAtOrDefault(i) ?? string.Empty;
                Fields.Text(h, Themes[i], value, model.ErrorFor(Name, Themes[i].Id));
            }
        }, "Record the themes", "button--secondary");
    }
}
