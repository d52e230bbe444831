using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>A step's status as a tag. Every tag is a word; colour only repeats what the word says.</summary>
public static class StepStatusTag
{
    public static HtmlFragment Of(string status)
    {
        var (style, words) = status switch
        {
            "overdue" => ("tag--red", "Overdue"),
            "open" => ("tag--blue", "Open"),
            "done" => ("tag--green", "Done"),
            "waived" => ("tag--grey", "Not needed"),
            "pending" => ("tag--grey", "Waiting"),
            _ => ("tag--grey", status),
        };
        return HtmlFragment.Of(html => html.Add($"""<strong class="tag {style}">{words}</strong>"""));
    }
}
