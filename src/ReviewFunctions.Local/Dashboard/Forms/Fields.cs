using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Security;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>
/// Labelled inputs in the GOV.UK pattern: every input has a visible label (or a legend for a group), its hint and error
/// tied to it with aria-describedby, and an error shown both as text and with a red bar, never by colour alone.
/// </summary>
public static class Fields
{
    private static readonly HtmlFragment NumericMode = HtmlFragment.Of(h => h.Add($" inputmode=\"numeric\""));
    private static readonly HtmlFragment SelectedAttribute = HtmlFragment.Of(h => h.Add($" selected"));
    private static readonly HtmlFragment CheckedAttribute = HtmlFragment.Of(h => h.Add($" checked"));

    public static void Token(HtmlBuilder html, string token) =>
        html.Add($"""<input type="hidden" name="{FormToken.FieldName}" value="{token}">""");

    public static void Text(HtmlBuilder html, Field field, string value, string? error, string type = "text", string? autocomplete = null, bool narrow = false)
    {
        Open(html, field, error);
        var classes = (narrow ? "input--short" : string.Empty) + (error is null ? string.Empty : " input--error");
        html.Add($"""<input{Classes(classes)} id="{field.Id}" name="{field.Name}" type="{type}" value="{value}"{DescribedBy(field, error)}{Autocomplete(autocomplete)}{(narrow ? NumericMode : HtmlFragment.Empty)}>""");
        html.Add($"</div>\n");
    }

    public static void TextArea(HtmlBuilder html, Field field, string value, string? error, int rows = 4)
    {
        Open(html, field, error);
        html.Add($"""<textarea{Classes(error is null ? string.Empty : "input--error")} id="{field.Id}" name="{field.Name}" rows="{rows}"{DescribedBy(field, error)}>{value}</textarea>""");
        html.Add($"</div>\n");
    }

    public static void Select(HtmlBuilder html, Field field, IReadOnlyList<Choice> choices, string selected, string? error, string prompt = "Choose one")
    {
        Open(html, field, error);
        html.Add($"""<select{Classes(error is null ? string.Empty : "input--error")} id="{field.Id}" name="{field.Name}"{DescribedBy(field, error)}>""");
        html.Add($"""<option value="">{prompt}</option>""");
        foreach (var choice in choices)
        {
            html.Add($"""<option value="{choice.Value}"{(choice.Value == selected ? SelectedAttribute : HtmlFragment.Empty)}>{choice.Text}</option>""");
        }

        html.Add($"</select>\n</div>\n");
    }

    /// <summary>Radios in a fieldset whose legend asks the question; the first radio carries the field's id.</summary>
    public static void Radios(HtmlBuilder html, Field field, IReadOnlyList<Choice> choices, string selected, string? error)
    {
        html.Add($"""<div class="form-group{(error is null ? string.Empty : " form-group--error")}"><fieldset{DescribedBy(field, error)}><legend>{field.Label}</legend>""");
        HintAndError(html, field, error);
        for (var i = 0; i < choices.Count; i++)
        {
            var id = i == 0 ? field.Id : $"{field.Id}-{choices[i].Value}";
            var hint = choices[i].Hint is null ? HtmlFragment.Empty : HtmlFragment.Of(h => h.Add($" aria-describedby=\"{id}-item-hint\""));
            html.Add($"""<div class="radios__item"><input id="{id}" name="{field.Name}" type="radio" value="{choices[i].Value}"{(choices[i].Value == selected ? CheckedAttribute : HtmlFragment.Empty)}{hint}><label for="{id}">{choices[i].Text}</label></div>""");
            if (choices[i].Hint is { } text)
            {
                html.Add($"""<div class="hint radios__hint" id="{id}-item-hint">{text}</div>""");
            }
        }

        html.Add($"</fieldset></div>\n");
    }

    /// <summary>The GOV.UK date input: day, month and year boxes in a fieldset. Errors link to the day box.</summary>
    public static void Date(HtmlBuilder html, Field field, FormValues values, string? error)
    {
        html.Add($"""<div class="form-group{(error is null ? string.Empty : " form-group--error")}"><fieldset role="group"{DescribedBy(field, error)}><legend>{field.Label}</legend>""");
        HintAndError(html, field, error);
        html.Add($"""<div class="date-input">""");
        DatePart(html, field, "day", "Day", values, error, string.Empty);
        DatePart(html, field, "month", "Month", values, error, string.Empty);
        DatePart(html, field, "year", "Year", values, error, "date-input__year");
        html.Add($"</div></fieldset></div>\n");
    }

    public static void Button(HtmlBuilder html, string text, string style = "") =>
        html.Add($"""<button type="submit" class="button {style}">{text}</button>""");

    public static string DayId(Field field) => field.Id + "-day";

    /// <summary>A class attribute, or nothing at all when there is no class to give.</summary>
    public static HtmlFragment Classes(string classes)
    {
        var trimmed = classes.Trim();
        return trimmed.Length == 0 ? HtmlFragment.Empty : HtmlFragment.Of(h => h.Add($" class=\"{trimmed}\""));
    }

    private static void DatePart(HtmlBuilder html, Field field, string part, string label, FormValues values, string? error, string style)
    {
        var id = $"{field.Id}-{part}";
        html.Add($"""<div><label for="{id}">{label}</label><input{Classes(style + (error is null ? string.Empty : " input--error"))} id="{id}" name="{field.Name}-{part}" type="text" inputmode="numeric" value="{values.Get(field.Name + "-" + part)}"></div>""");
    }

    private static void Open(HtmlBuilder html, Field field, string? error)
    {
        html.Add($"""<div class="form-group{(error is null ? string.Empty : " form-group--error")}"><label for="{field.Id}">{field.Label}</label>""");
        HintAndError(html, field, error);
    }

    private static void HintAndError(HtmlBuilder html, Field field, string? error)
    {
        if (field.Hint is not null)
        {
            html.Add($"""<div class="hint" id="{field.Id}-hint">{field.Hint}</div>""");
        }

        if (error is not null)
        {
            html.Add($"""<p class="error-message" id="{field.Id}-error"><span class="visually-hidden">Error:</span> {error}</p>""");
        }
    }

    private static HtmlFragment DescribedBy(Field field, string? error)
    {
        var ids = string.Join(' ', new[] { field.Hint is null ? null : field.Id + "-hint", error is null ? null : field.Id + "-error" }.OfType<string>());
        return ids.Length == 0 ? HtmlFragment.Empty : HtmlFragment.Of(h => h.Add($" aria-describedby=\"{ids}\""));
    }

    private static HtmlFragment Autocomplete(string? value) =>
        value is null ? HtmlFragment.Empty : HtmlFragment.Of(h => h.Add($" autocomplete=\"{value}\""));

}
