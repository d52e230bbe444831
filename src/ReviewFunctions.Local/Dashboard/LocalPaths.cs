namespace ReviewFunctions.Local.Dashboard;

/// <summary>Where a page may send someone next: only this dashboard's own pages, never another site.</summary>
public static class LocalPaths
{
    /// <summary>
    /// <paramref name="then"/> when it is a path on this host (one <c>/</c>, then no second <c>/</c> or <c>\</c>,
    /// which browsers read as another host); the reviews page otherwise.
    /// </summary>
    public static string OrHome(string? then) =>
        then is { Length: > 0 } path && path[0] == '/' && (path.Length == 1 || path[1] is not ('/' or '\\'))
        && !path.Any(c => c == '\\' || char.IsControl(c))
            ? path
            : DashboardPaths.Home;
}
