namespace ReviewFunctions.Infrastructure.Tests.Intake.Support;

/// <summary>A clock a test moves on by hand, e.g. past a claim's lease.</summary>
internal sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
