using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// A table inside a region that scrolls sideways on a narrow screen instead of squeezing its columns into unreadable
/// slivers. The region is named by the table's caption and can take focus, so it can be scrolled with the keyboard.
/// </summary>
public static class TableFrame
{
    private static readonly HtmlFragment HiddenCaption = HtmlFragment.Of(h => h.Add($" class=\"visually-hidden\""));

    public static void Open(HtmlBuilder html, string id, string caption, string classes, bool captionVisible = true) =>
        html.Add($"""
            <div class="table-scroll" role="region" aria-labelledby="{id}" tabindex="0">
            <table class="{classes}">
            <caption id="{id}"{(captionVisible ? HtmlFragment.Empty : HiddenCaption)}>{caption}</caption>

            """);

    public static void Close(HtmlBuilder html) => html.Add($"</tbody>\n</table>\n</div>\n");
}
