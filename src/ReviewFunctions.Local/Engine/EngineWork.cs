namespace ReviewFunctions.Local.Engine;

/// <summary>
/// How much the engine has done since the host started: orchestration episodes (each time a review's orchestration
/// runs on new messages) and activities. Shown in <c>/api/health</c>, so the work behind a clock advance can be
/// measured from outside, as the benchmarks do.
/// </summary>
public sealed class EngineWork
{
    private long episodes;
    private long activities;

    public long Episodes => Interlocked.Read(ref episodes);

    public long Activities => Interlocked.Read(ref activities);

    internal void CountEpisode() => Interlocked.Increment(ref episodes);

    internal void CountActivity() => Interlocked.Increment(ref activities);
}
