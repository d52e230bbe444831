using System.Globalization;
using System.Runtime.CompilerServices;

namespace ReviewFunctions.Local.Dashboard.Html;

/// <summary>
/// The literal parts of <c>$"…"</c> are the dashboard's own markup; the holes are data and are encoded. There is no
/// catch-all overload on purpose: a date or an object must be put into words first, never written with its ToString.
/// </summary>
[InterpolatedStringHandler]
public readonly ref struct HtmlInterpolation
{
    private readonly HtmlBuilder builder;

    public HtmlInterpolation(int literalLength, int formattedCount, HtmlBuilder builder)
    {
        _ = literalLength;
        _ = formattedCount;
        this.builder = builder;
    }

    public void AppendLiteral(string literal) => builder.AppendMarkup(literal);

    public void AppendFormatted(string? value) => builder.AppendEncoded(value);

    public void AppendFormatted(int value) => builder.AppendEncoded(value.ToString(CultureInfo.InvariantCulture));

    public void AppendFormatted(long value) => builder.AppendEncoded(value.ToString(CultureInfo.InvariantCulture));

    public void AppendFormatted(HtmlFragment fragment) => builder.AppendMarkup(fragment.Markup);
}
