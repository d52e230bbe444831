namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

/// <summary>
/// A clock that moves only when the client waits: the retry handler's waits go here instead of sleeping, so how long a
/// retry came after the answer that asked for it is read off the clock, exactly, without the test taking that long.
/// </summary>
internal sealed class WaitingClock : TimeProvider
{
    private long ticks = new DateTimeOffset(2027, 2, 8, 10, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public Task Wait(TimeSpan delay, CancellationToken ct)
    {
        Interlocked.Add(ref ticks, delay.Ticks);
        return Task.CompletedTask;
    }
}
