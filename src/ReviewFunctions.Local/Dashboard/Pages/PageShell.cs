namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>What every page has around its content: the title, the clock and where the page sits.</summary>
public sealed record PageShell(string Title, ClockView Clock, IReadOnlyList<Crumb> Breadcrumbs, bool HasErrors = false);

/// <summary>One step of the breadcrumb trail; the current page has no link.</summary>
public sealed record Crumb(string Text, string? Href);
