namespace ReviewFunctions.Bench.Running;

/// <summary>
/// The load average, as <c>uptime</c> prints it: other builds share this machine and slow the host, so the figures
/// say how busy it was when they were taken.
/// </summary>
internal static class MachineLoad
{
    public static string Now()
    {
        const string LoadAverage = "/proc/loadavg";
        if (!File.Exists(LoadAverage))
        {
            return "not known here";
        }

        var parts = File.ReadAllText(LoadAverage).Split(' ');
        return parts.Length >= 3 ? $"{parts[0]}, {parts[1]}, {parts[2]} on {Environment.ProcessorCount} cores" : "not known here";
    }

    /// <summary>The last minute's load average alone, for a figure kept per month; empty where it is not known.</summary>
    public static string LastMinute()
    {
        const string LoadAverage = "/proc/loadavg";
        return File.Exists(LoadAverage) ? File.ReadAllText(LoadAverage).Split(' ')[0] : string.Empty;
    }
}
