namespace ReviewFunctions.Emulators.Faults;

/// <summary>
/// Which sends the local SendGrid endpoint fails, from the seed and the request's number alone: short storms of 429
/// (with Retry-After, as SendGrid sends) or 5xx, and timeouts — the message is accepted but the answer comes only after
/// the client has given up, as when SendGrid's answer is lost, which a client can only meet by sending again.
/// </summary>
public sealed class MailFaultPlan(int seed)
{
    /// <summary>The client timeout the local host uses when these faults are on, so a timeout costs seconds, not a minute.</summary>
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How long a timed-out send is held: past <see cref="ClientTimeout"/>.</summary>
    public static readonly TimeSpan HeldFor = TimeSpan.FromSeconds(3);

    private const int Window = 12;
    private const double StormChance = 0.4;

    /// <summary>Shorter than the sender's five retries: a longer storm is a different test (the command retried later).</summary>
    private const int LongestStorm = 3;

    private const double TimeoutChance = 0.04;

    public int Seed => seed;

    /// <returns>The status to answer with (202 for a late acceptance), or null to serve the request normally.</returns>
    public MailFault? For(long request)
    {
        if (SeededDraw.Storm(seed, request, Window, StormChance, LongestStorm, stream: 11) is { } storm)
        {
            return storm < 0.5 ? MailFault.Throttled : storm < 0.75 ? MailFault.Unavailable : MailFault.ServerError;
        }

        return SeededDraw.At(seed, request, 15) < TimeoutChance ? MailFault.AnsweredLate : null;
    }
}

public enum MailFault
{
    /// <summary>429 with Retry-After: 1.</summary>
    Throttled,

    /// <summary>503.</summary>
    Unavailable,

    /// <summary>500.</summary>
    ServerError,

    /// <summary>Accepted, but answered only after <see cref="MailFaultPlan.HeldFor"/>.</summary>
    AnsweredLate,
}
