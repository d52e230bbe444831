namespace ReviewFunctions.Emulators.Faults;

/// <summary>
/// A number drawn from a seed and a position alone (SplitMix64), so the fault for the Nth request is the same on every
/// run and on every machine, whatever order requests arrive in; <see cref="Random"/> would tie it to call order.
/// </summary>
internal static class SeededDraw
{
    /// <returns>A number in [0, 1).</returns>
    public static double At(int seed, long position, int stream)
    {
        var x = unchecked(((ulong)(uint)seed << 32) ^ (ulong)position ^ ((ulong)(uint)stream * 0x9E3779B97F4A7C15UL));
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>
    /// Requests come in windows of <paramref name="window"/>; with <paramref name="chance"/> a window holds one storm of
    /// 1 to <paramref name="longest"/> consecutive requests, whoever sends them.
    /// </summary>
    /// <returns>A draw in [0, 1) choosing the storm's kind when the request falls in its window's storm, else null.</returns>
    public static double? Storm(int seed, long request, int window, double chance, int longest, int stream)
    {
        var at = request / window;
        if (At(seed, at, stream) >= chance)
        {
            return null;
        }

        var start = (long)(At(seed, at, stream + 1) * window);
        var length = 1 + (long)(At(seed, at, stream + 2) * longest);
        var offset = request % window;
        return offset >= start && offset < start + length ? At(seed, at, stream + 3) : null;
    }
}
