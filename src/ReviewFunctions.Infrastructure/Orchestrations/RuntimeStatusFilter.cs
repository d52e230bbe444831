namespace ReviewFunctions.Infrastructure.Orchestrations;

/// <summary>
/// Reads the <c>runtimeStatus</c> query parameter: comma-separated names, the parameter given once or repeated.
/// </summary>
/// <remarks>
/// Durable Functions matches the names case-sensitively and silently drops any it does not know, so a typo there lists
/// every instance. Here an unknown name is refused instead, which keeps a script that works locally from quietly
/// reading too much in Azure; a name accepted here means the same there.
/// </remarks>
internal static class RuntimeStatusFilter
{
    public static readonly string KnownNames = string.Join(", ", Enum.GetNames<ReviewRuntimeStatus>());

    /// <summary>The statuses asked for (null when none: no filter), or the first name that is not a status.</summary>
    public static (IReadOnlyCollection<ReviewRuntimeStatus>? Statuses, string? Unknown) Read(IEnumerable<string?> values)
    {
        var statuses = new List<ReviewRuntimeStatus>();
        var names = values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        foreach (var name in names)
        {
            // Enum.TryParse would also take "1" or "running"; only the exact names are statuses.
            if (!Enum.GetNames<ReviewRuntimeStatus>().Contains(name, StringComparer.Ordinal))
            {
                return (null, name);
            }

            var status = Enum.Parse<ReviewRuntimeStatus>(name);
            if (!statuses.Contains(status))
            {
                statuses.Add(status);
            }
        }

        return (statuses.Count == 0 ? null : statuses, null);
    }
}
