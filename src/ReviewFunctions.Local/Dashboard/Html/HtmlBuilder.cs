using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace ReviewFunctions.Local.Dashboard.Html;

/// <summary>
/// Writes a page. Every value interpolated into <see cref="Add(ref HtmlInterpolation)"/> is HTML-encoded, so review data and what a person
/// typed can never become markup; only the literal markup written in the dashboard's own code goes out as it is.
/// </summary>
public sealed class HtmlBuilder
{
    private readonly StringBuilder text = new();

    public HtmlBuilder Add([InterpolatedStringHandlerArgument("")] ref HtmlInterpolation html) => this;

    public HtmlBuilder Add(HtmlFragment fragment)
    {
        text.Append(fragment.Markup);
        return this;
    }

    public HtmlFragment ToFragment() => new(text.ToString());

    public override string ToString() => text.ToString();

    internal void AppendMarkup(string markup) => text.Append(markup);

    internal void AppendEncoded(string? value) => text.Append(WebUtility.HtmlEncode(value));
}
