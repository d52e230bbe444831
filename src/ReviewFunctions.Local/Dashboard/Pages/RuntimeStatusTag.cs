using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// An orchestration's runtime status as a tag, in the words the Azure portal uses so an administrator can match them.
/// Every tag is a word; colour only repeats what the word says.
/// </summary>
public static class RuntimeStatusTag
{
    public static HtmlFragment Of(ReviewRuntimeStatus status)
    {
        var style = status switch
        {
            ReviewRuntimeStatus.Running or ReviewRuntimeStatus.ContinuedAsNew => "tag--blue",
            ReviewRuntimeStatus.Completed => "tag--green",
            ReviewRuntimeStatus.Failed => "tag--red",
            ReviewRuntimeStatus.Suspended => "tag--yellow",
            _ => "tag--grey",
        };
        return HtmlFragment.Of(html => html.Add($"""<strong class="tag {style}">{Words(status)}</strong>"""));
    }

    public static string Words(ReviewRuntimeStatus status) => status switch
    {
        ReviewRuntimeStatus.ContinuedAsNew => "Continued as new",
        _ => status.ToString(),
    };
}
