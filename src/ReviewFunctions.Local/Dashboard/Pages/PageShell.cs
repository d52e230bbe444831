namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>What every page has around its content: the title, the clock, who is signed in and where the page sits.</summary>
/// <param name="Current">The address of the navigation link that is this page, marked as current; null when none is.</param>
public sealed record PageShell(string Title, ClockView Clock, Visitor Visitor, IReadOnlyList<Crumb> Breadcrumbs, bool HasErrors = false, string? Current = null);

/// <summary>One step of the breadcrumb trail; the current page has no link.</summary>
public sealed record Crumb(string Text, string? Href);
