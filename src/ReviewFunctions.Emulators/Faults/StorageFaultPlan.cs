namespace ReviewFunctions.Emulators.Faults;

/// <summary>
/// Which requests to storage fail, and how, as a function of the seed and the request's number alone: storms of 503 or
/// 429 (consecutive requests, whoever sends them), single dropped connections on either side of storage, and slow
/// answers. The same seed gives the same plan on every run.
/// </summary>
public sealed class StorageFaultPlan(int seed)
{
    private const int Window = 150;

    private const double StormChance = 0.35;
    private const int LongestStorm = 8;
    private const double DropChance = 0.004;
    private const double SlowChance = 0.03;
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(400);

    public int Seed => seed;

    /// <summary>The fault for the request numbered <paramref name="request"/> (from 1) since the proxy started.</summary>
    public StorageFault For(long request)
    {
        if (SeededDraw.Storm(seed, request, Window, StormChance, LongestStorm, stream: 1) is { } storm)
        {
            return new StorageFault(storm < 0.5 ? StorageFaultKind.ServerBusy : StorageFaultKind.Throttled, TimeSpan.Zero);
        }

        var draw = SeededDraw.At(seed, request, 5);
        return draw switch
        {
            < DropChance / 2 => new StorageFault(StorageFaultKind.DroppedBeforeStorage, TimeSpan.Zero),
            < DropChance => new StorageFault(StorageFaultKind.DroppedAfterStorage, TimeSpan.Zero),
            < DropChance + SlowChance => new StorageFault(StorageFaultKind.Slow, LongestPause * SeededDraw.At(seed, request, 6)),
            _ => StorageFault.None,
        };
    }
}
