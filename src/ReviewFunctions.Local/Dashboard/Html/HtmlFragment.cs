namespace ReviewFunctions.Local.Dashboard.Html;

/// <summary>Markup already built by an <see cref="HtmlBuilder"/>: only a builder makes one, so it is encoded throughout.</summary>
public readonly record struct HtmlFragment
{
    internal HtmlFragment(string markup) => Markup = markup;

    public static HtmlFragment Empty { get; } = new(string.Empty);

    internal string Markup { get; }

    public static HtmlFragment Of(Action<HtmlBuilder> write)
    {
        var html = new HtmlBuilder();
        write(html);
        return html.ToFragment();
    }
}
