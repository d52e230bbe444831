namespace ReviewFunctions.Local.Tests.Hosting;

/// <summary>
/// The host's clock, which can be made to fail. Given to the host's wake tracker only, it makes a review's "awake"
/// activity fail at once (that activity has no retries), so the review's orchestration really fails in the engine,
/// in a second rather than after the minutes the decide activity's retries would take.
/// </summary>
public sealed class FailingClock(TimeProvider clock) : TimeProvider
{
    private volatile bool failing;

    public bool Failing
    {
        get => failing;
        set => failing = value;
    }

    public override DateTimeOffset GetUtcNow() =>
        failing ? throw new InvalidOperationException("The host's clock could not be read.") : clock.GetUtcNow();
}
