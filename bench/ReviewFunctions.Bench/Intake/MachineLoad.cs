namespace ReviewFunctions.Bench.Intake;

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
}
